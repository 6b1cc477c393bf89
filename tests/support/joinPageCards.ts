import { participantCard, type ParticipantCardModel } from "../../bot/src/cards/workshop/participantCard";
import type { StepResults } from "../../bot/src/contracts/workshopResults";
import {
  applyCommand,
  createWorkshop,
  currentStep,
  type FacilitatorCommand,
  type ParticipantView,
  type Workshop,
} from "../../bot/src/domain/workshopMachine";
import { defaultWorkshopSettings, type WorkshopSettings } from "../../bot/src/domain/workshopSettings";
import type { Locale } from "../../bot/src/i18n/locale";

/**
 * Every kind of card `GET /api/join/:code/card` and `POST /api/join/:code/actions` answer a phone
 * with: the participant card of each workshop (1, 2, 3), each step and phase (waiting, input open
 * with and without a countdown, closed, results shown, paused, ended), empty or with the person's
 * own answers, with the notice of a thank-you or a refusal, in French and English. User text is
 * hostile on purpose: markdown, HTML, a card date function, a line break, a word too long for a phone.
 */
export interface NamedCard {
  readonly name: string;
  readonly locale: Locale;
  readonly card: unknown;
}

const now = new Date("2026-11-26T09:00:00Z");
export const LONG_WORD = "Anticonstitutionnellement".repeat(4);
export const USER_TEXT = `[Accueil](https://evil.example) **gras** <b>html</b> {{TIME(2026-11-26T09:30:00Z)}} ${LONG_WORD}`;

function apply(w: Workshop, command: FacilitatorCommand): Workshop {
  const next = applyCommand(w, command, now);
  if (!next.ok) throw new Error(`${command.type}: ${next.error.code}`);
  return next.value;
}

/** One workshop at each position it can show a participant: "name" → workshop. */
function positions(kind: 1 | 2 | 3, settings: WorkshopSettings): [string, Workshop][] {
  let w = createWorkshop({ id: `c.w${kind}`, campaignId: "c", kind, settings }, now);
  const out: [string, Workshop][] = [["waiting", w]];
  w = apply(w, { type: "start" });
  for (let step = 0; ; step++) {
    const input = apply(w, { type: "openInput" });
    out.push([`step${step}.closed`, w]);
    out.push([`step${step}.input`, input]);
    out.push([`step${step}.countdown`, apply(input, { type: "setCountdown", seconds: 300 })]);
    out.push([`step${step}.revealed`, apply(w, { type: "reveal" })]);
    const next = applyCommand(w, { type: "next" }, now);
    if (!next.ok) break;
    w = next.value;
  }
  out.push(["paused", apply(w, { type: "pause" })]);
  out.push(["ended", apply(w, { type: "end" })]);
  return out;
}

function resultsFor(view: ParticipantView, full: boolean): StepResults | undefined {
  if (view.screen !== "step" || !(view.showsResults || view.step.type === "commitments")) return undefined;
  switch (view.step.type) {
    case "contributions":
      return {
        type: "contributions",
        items: full
          ? [
              {
                id: "i1",
                text: USER_TEXT,
                weight: 3,
                proxy: false,
                ...(view.step.tags ? { tag: "both" as const } : {}),
              },
              { id: "i2", text: "Un accueil souriant", weight: 1, proxy: true },
            ]
          : [],
      };
    case "scale":
      return {
        type: "scale",
        summary: full
          ? { count: 4, median: 6, histogram: [0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 1] }
          : { count: 0, median: null, histogram: new Array(11).fill(0) as number[] },
      };
    case "vote":
      return {
        type: "vote",
        lines: full
          ? [
              { id: "b1", text: USER_TEXT, origin: "both", count: 5 },
              { id: "b2", text: "Écoute", origin: "usagers", commits: "agents", count: 2 },
            ]
          : [],
        kept: full ? ["b1"] : [],
        voters: full ? 4 : 0,
      };
    case "commitments":
      return {
        type: "commitments",
        priorities: [{ id: "b1", text: "Écoute", origin: "both" }],
        commitments: full
          ? [
              { sourceItemId: "b1", party: "agents", text: USER_TEXT },
              { sourceItemId: "b1", party: "both", text: "ligne 1\nligne 2" },
            ]
          : [],
      };
  }
}

function cardsOf(kind: 1 | 2 | 3, settings: WorkshopSettings, locale: Locale, variant: string): NamedCard[] {
  const join = { code: "AB23CD45", url: "https://vivre-ensemble.example.org/join/AB23CD45" };
  return positions(kind, settings).flatMap(([position, workshop]) => {
    const view = currentStep(workshop);
    const step = view.screen === "step" ? view.step : undefined;
    return [false, true].map((full) => {
      const model: ParticipantCardModel = {
        campaignId: "campagne-1",
        kind,
        campaignName: full ? USER_TEXT : "Accueil de la mairie",
        view,
        requestId: "req-0123456789",
        ...(full
          ? {
              personal: {
                entries: [USER_TEXT, "ligne 1\nligne 2"],
                scale: { value: 7, comment: USER_TEXT },
                votes: { b1: 1 },
                dotsLeft: 2,
              },
              notice:
                workshop.revision % 2
                  ? { text: "Merci, c'est noté !", tone: "good" }
                  : { text: USER_TEXT, tone: "attention" },
            }
          : {}),
        ...(step?.type === "vote"
          ? {
              ballot: [
                { id: "b1", text: USER_TEXT, origin: "both" },
                { id: "b2", text: "Écoute", origin: "usagers", commits: "agents" },
              ],
            }
          : {}),
        ...(() => {
          const results = resultsFor(view, full);
          return results ? { results } : {};
        })(),
        join,
        refresh: false,
      };
      return {
        name: `workshop ${kind}${variant} ${position} ${full ? "answered" : "empty"} ${locale}`,
        locale,
        card: participantCard(model, locale),
      };
    });
  });
}

/** All the join page's cards, both locales; `variant` settings: no comment on the scale, a vote on actions. */
export function joinPageCards(): NamedCard[] {
  const defaults = defaultWorkshopSettings();
  const other: WorkshopSettings = {
    ...defaults,
    scaleAllowsComment: !defaults.scaleAllowsComment,
    actionsVote: { ...defaults.actionsVote, enabled: !defaults.actionsVote.enabled },
  };
  return (["fr", "en"] as const).flatMap((locale) => [
    ...([1, 2, 3] as const).flatMap((kind) => cardsOf(kind, defaults, locale, "")),
    ...([1, 2] as const).flatMap((kind) => cardsOf(kind, other, locale, " (other settings)")),
  ]);
}

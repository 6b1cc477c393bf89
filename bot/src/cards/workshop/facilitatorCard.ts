import { commitmentText } from "../../domain/commitmentText";
import {
  applyCommand,
  type FacilitatorCommand,
  type ParticipantView,
  type Workshop,
} from "../../domain/workshopMachine";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import type { BallotLine, StepResults } from "../../contracts/workshopResults";
import { adaptiveCard, type ActionExecute, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import { itemLine, originNote, partyChoices, resultsSection, stepHeader, type WorkshopRef } from "./workshopCardParts";
import { FACILITATOR_INPUTS } from "./facilitatorCardInputs";
import { facilitatorVerb, WORKSHOP_VERB } from "./workshopVerbs";

export interface FacilitatorCardModel extends WorkshopRef {
  readonly campaignName: string;
  readonly workshop: Workshop;
  readonly view: ParticipantView;
  /** The step's results, always visible to the facilitator. */
  readonly results: StepResults;
  /** Contributions of the step the facilitator hid: whether there is anything to show again. */
  readonly hidden?: readonly { readonly id: string; readonly text: string }[];
  readonly priorities?: readonly BallotLine[];
  readonly join: { readonly code: string; readonly url: string };
  /** Join-page devices let in so far: more than people in the room is how stuffed ballots show. */
  readonly devicesJoined?: number;
  /** The tab's console (and from it the stage for the room's screen), when the tab can be linked. */
  readonly consoleUrl?: string;
  readonly requestId: string;
  readonly notice?: { readonly text: string; readonly tone: "good" | "attention" };
  readonly now: Date;
}

const BUTTONS: readonly FacilitatorCommand["type"][] = [
  "start",
  "openInput",
  "closeInput",
  "reveal",
  "previous",
  "next",
  "pause",
  "resume",
  "end",
];
const COUNTDOWN_MINUTES = [1, 2, 3, 5, 10, 15];

/** The facilitator's controls: only the commands the state machine accepts now are offered. */
export function facilitatorCard(m: FacilitatorCardModel, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const ref = { campaignId: m.campaignId, kind: m.kind };
  const revision = m.workshop.revision;
  const body: CardElement[] = [
    heading(t("workshop.facilitator.title", { title: t(`workshop.kind.${m.kind}`) })),
    userText(m.campaignName, { italic: true }),
  ];
  if (m.notice) body.push(paragraph(m.notice.text, { color: m.notice.tone }));
  const view = m.view;
  const stepName = view.screen === "step" ? t(`workshop.step.${view.step.id}`) : "—";
  body.push(
    paragraph(
      t("workshop.facilitator.status", { step: stepName, phase: t(`workshop.phase.${m.workshop.pointer.phase}`) }),
      { color: "accent" },
    ),
  );
  body.push(paragraph(t("workshop.join", { code: m.join.code, url: m.join.url }), { subtle: true }));
  if (m.devicesJoined !== undefined)
    body.push(paragraph(t("workshop.facilitator.devices", { count: m.devicesJoined }), { subtle: true }));
  if (m.consoleUrl)
    body.push({
      type: "ActionSet",
      actions: [{ type: "Action.OpenUrl", title: t("workshop.action.console"), url: m.consoleUrl }],
    });
  if (view.screen === "step") {
    body.push(...stepHeader(view, locale, t));
    body.push(...resultsSection(m.results, t));
    const step = view.step;
    // Choices and typing live in cards of their own: this one is replaced as answers come in.
    const organise =
      step.type === "contributions" &&
      ((m.results.type === "contributions" && m.results.items.length > 0) || (m.hidden?.length ?? 0) > 0);
    const roomEntry = step.type === "contributions" && view.acceptsInput;
    const tools: ActionExecute[] = [
      ...(organise
        ? [
            {
              type: "Action.Execute" as const,
              title: t("workshop.action.organiseForm"),
              verb: WORKSHOP_VERB.organiseForm,
              data: { ...ref, requestId: `${m.requestId}-organise` },
            },
          ]
        : []),
      ...(roomEntry
        ? [
            {
              type: "Action.Execute" as const,
              title: t("workshop.action.proxyForm"),
              verb: WORKSHOP_VERB.proxyForm,
              data: { ...ref, requestId: m.requestId },
            },
          ]
        : []),
    ];
    if (tools.length > 0) body.push({ type: "ActionSet", spacing: "large", actions: tools });
    if (step.type === "commitments") {
      (m.priorities ?? []).forEach((p, index) => {
        const n = index + 1;
        const existing =
          m.results.type === "commitments" ? m.results.commitments.find((c) => c.sourceItemId === p.id) : undefined;
        body.push({
          type: "Container",
          separator: true,
          items: [itemLine(p.text, originNote(p.origin, p.commits, t))],
        });
        if (existing) body.push(userText(commitmentText(existing.party, existing.text, locale), { weight: "bolder" }));
        body.push(
          {
            type: "Input.Text",
            id: FACILITATOR_INPUTS.commitText(n),
            label: t("workshop.field.commitText", { n }),
            maxLength: m.workshop.settings.maxContributionLength,
            ...(existing ? { value: existing.text } : { value: p.text }),
          },
          {
            type: "Input.ChoiceSet",
            id: FACILITATOR_INPUTS.commitParty(n),
            label: t("workshop.field.commitParty", { n }),
            style: "expanded",
            choices: partyChoices(t),
            value: existing?.party ?? p.commits ?? "both",
          },
          {
            type: "ActionSet",
            actions: [
              {
                type: "Action.Execute",
                title: t("workshop.action.commit", { n }),
                verb: WORKSHOP_VERB.commit,
                data: { ...ref, sourceItemId: p.id, n },
              },
            ],
          },
        );
      });
    }
  }
  const commands: ActionExecute[] = BUTTONS.filter(
    (type) => applyCommand(m.workshop, { type } as FacilitatorCommand, m.now).ok,
  ).map((type) => ({
    type: "Action.Execute",
    title: t(`workshop.command.${type}`),
    verb: facilitatorVerb(type),
    data: { ...ref, revision },
    ...(type === "end"
      ? { style: "destructive" as const }
      : type === "next" || type === "start"
        ? { style: "positive" as const }
        : {}),
  }));
  for (let i = 0; i < commands.length; i += 4)
    body.push({ type: "ActionSet", actions: commands.slice(i, i + 4), spacing: "medium" });
  if (applyCommand(m.workshop, { type: "setCountdown", seconds: 60 }, m.now).ok) {
    body.push(
      {
        type: "Input.ChoiceSet",
        id: FACILITATOR_INPUTS.seconds,
        label: t("workshop.field.countdown"),
        style: "compact",
        value: "0",
        choices: [
          { title: t("workshop.countdown.none"), value: "0" },
          ...COUNTDOWN_MINUTES.map((minutes) => ({
            title: t("workshop.countdown.minutes", { minutes }),
            value: String(minutes * 60),
          })),
        ],
      },
      {
        type: "ActionSet",
        actions: [
          {
            type: "Action.Execute",
            title: t("workshop.command.setCountdown"),
            verb: facilitatorVerb("setCountdown"),
            data: { ...ref, revision },
          },
        ],
      },
    );
  }
  const card = adaptiveCard(body);
  return {
    ...card,
    refresh: {
      action: {
        type: "Action.Execute",
        title: t("workshop.command.resume"),
        verb: WORKSHOP_VERB.refresh,
        data: { ...ref, view: "facilitator" },
      },
    },
  };
}

import type { Origin } from "../../domain/ballots";
import type { ParticipantView } from "../../domain/workshopMachine";
import type { LocalisedText } from "../../domain/workshopSettings";
import { COMMIT_PARTIES, type CommitParty } from "../../domain/workshopTemplate";
import type { Locale } from "../../i18n/locale";
import type { Translate } from "../../i18n/translate";
import type { StepResults } from "../../contracts/workshopResults";
import type { CardElement, InputChoice, RichTextBlock, TextBlock, TextRun } from "../adaptiveCard";
import { paragraph } from "../elements";

/** Shared pieces of the participant and facilitator cards. */
export interface WorkshopRef {
  readonly campaignId: string;
  readonly kind: 1 | 2 | 3;
}

/** Settings texts are typed by coordinators: shown as TextRuns, never as markdown. */
export function settingsText(
  text: LocalisedText,
  locale: Locale,
  options: { weight?: "bolder"; size?: "medium" | "large" } = {},
): RichTextBlock {
  return {
    type: "RichTextBlock",
    inlines: [
      {
        type: "TextRun",
        text: text[locale],
        ...(options.weight ? { weight: options.weight } : {}),
        ...(options.size ? { size: options.size } : {}),
      },
    ],
  };
}

/** Teams formats {{TIME()}} in the reader's time zone; it wants RFC 3339 without milliseconds. */
export function timeOf(iso: string): string {
  return `{{TIME(${iso.replace(/\.\d{3}Z$/, "Z")})}}`;
}

export function stepHeader(
  view: Extract<ParticipantView, { screen: "step" }>,
  locale: Locale,
  t: Translate,
): CardElement[] {
  const parts: CardElement[] = [
    paragraph(
      t("workshop.stepOf", {
        sequence: view.sequenceIndex + 1,
        sequences: view.sequenceCount,
        step: view.stepIndex + 1,
        steps: view.stepCount,
      }),
      { subtle: true },
    ),
    settingsText(view.sequenceTitle, locale, { weight: "bolder", size: "medium" }),
    settingsText(view.step.prompt, locale),
  ];
  if (view.countdownEndsAt)
    parts.push(paragraph(t("workshop.countdown", { time: timeOf(view.countdownEndsAt) }), { color: "accent" }));
  return parts;
}

export function partyChoices(t: Translate): InputChoice[] {
  return COMMIT_PARTIES.map((p) => ({ title: t(`workshop.party.${p}`), value: p }));
}

export function originNote(origin: Origin | undefined, commits: CommitParty | undefined, t: Translate): string {
  const parts: string[] = [];
  if (origin) parts.push(t(`workshop.origin.${origin}`));
  if (commits) parts.push(`${t("workshop.field.tag")} ${t(`workshop.party.${commits}`)}`);
  return parts.join(" · ");
}

/** A line of user text with an app-written suffix, in one block so screen readers read it together. */
export function itemLine(text: string, suffix: string, options: { separator?: boolean } = {}): RichTextBlock {
  const inlines: TextRun[] = [{ type: "TextRun", text }];
  if (suffix) inlines.push({ type: "TextRun", text: `  ${suffix}`, italic: true });
  return { type: "RichTextBlock", ...(options.separator ? { separator: true } : {}), inlines };
}

/**
 * Teams refuses messages over ~80 KB: a card lists at most this many items (the heaviest first);
 * the console and the stage show them all.
 */
export const MAX_CARD_ITEMS = 40;

export function resultsSection(results: StepResults, t: Translate): CardElement[] {
  const out: CardElement[] = [
    {
      type: "TextBlock",
      text: t("workshop.results"),
      weight: "bolder",
      wrap: true,
      separator: true,
    } satisfies TextBlock,
  ];
  switch (results.type) {
    case "contributions":
      if (results.items.length === 0) out.push(paragraph(t("workshop.results.none"), { subtle: true }));
      if (results.items.length > MAX_CARD_ITEMS)
        out.push(
          paragraph(t("workshop.results.more", { count: results.items.length - MAX_CARD_ITEMS }), { subtle: true }),
        );
      for (const item of [...results.items].sort((a, b) => b.weight - a.weight).slice(0, MAX_CARD_ITEMS)) {
        const suffix = [
          item.weight > 1 ? t("workshop.results.weight", { weight: item.weight }) : "",
          item.tag ? t(`workshop.party.${item.tag}`) : "",
        ]
          .filter(Boolean)
          .join(" · ");
        out.push(itemLine(item.text, suffix));
      }
      break;
    case "scale": {
      const s = results.summary;
      if (s.count === 0) {
        out.push(paragraph(t("workshop.results.none"), { subtle: true }));
        break;
      }
      out.push(paragraph(t("workshop.results.scale", { count: s.count, median: s.median ?? "—" })));
      out.push({
        type: "FactSet",
        facts: s.histogram.map((count, value) => ({ title: String(value), value: `${"●".repeat(count)} ${count}` })),
      });
      break;
    }
    case "vote":
      for (const line of [...results.lines].sort((a, b) => b.count - a.count).slice(0, MAX_CARD_ITEMS)) {
        const kept = results.kept.includes(line.id) ? ` · ${t("workshop.results.kept")}` : "";
        out.push(itemLine(line.text, `${t("workshop.results.dots", { count: line.count })}${kept}`));
      }
      if (results.lines.length === 0) out.push(paragraph(t("workshop.results.none"), { subtle: true }));
      break;
    case "commitments":
      if (results.commitments.length === 0) out.push(paragraph(t("workshop.commitments.none"), { subtle: true }));
      break;
    case "none":
      break;
  }
  return out;
}

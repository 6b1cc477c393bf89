import { commitmentText } from "../../domain/commitmentText";
import { COMMIT_PARTIES, type CommitParty } from "../../domain/workshopTemplate";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardAction, type CardElement } from "../adaptiveCard";
import { paragraph, userText } from "../elements";
import {
  POSTER_COMMENT_CARD_MAX,
  POSTER_VALIDATION_INPUTS,
  type PosterAnswerButtonData,
} from "./posterValidationInputs";
import { POSTER_VERB } from "./posterVerbs";

export interface PosterValidationView {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly version: number;
  readonly qualities: readonly string[];
  readonly commitments: Readonly<Record<CommitParty, readonly string[]>>;
  readonly posterUrl?: string;
  /** Shown above the poster when the card replaces an answer given on an older version. */
  readonly notice?: string;
}

/** Every Teams participant of workshop 3 gets this card: approve the version, or ask for a change with a comment. */
export function posterValidationCard(view: PosterValidationView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const data: PosterAnswerButtonData = { campaignId: view.campaignId, version: view.version };
  const body: CardElement[] = [
    ...(view.notice ? [paragraph(view.notice, { color: "warning" })] : []),
    // The campaign name was typed by a person: a TextRun, never markdown.
    {
      type: "RichTextBlock",
      inlines: [
        {
          type: "TextRun",
          text: t("poster.card.title", { campaign: view.campaignName }),
          size: "large",
          weight: "bolder",
        },
      ],
    },
    paragraph(t("poster.card.intro", { version: view.version })),
    {
      type: "Container",
      style: "emphasis",
      spacing: "medium",
      items: [
        { type: "TextBlock", text: t("poster.qualities"), weight: "bolder", wrap: true },
        userText(view.qualities.join(" · "), { weight: "bolder" }),
        { type: "TextBlock", text: t("poster.commitments"), weight: "bolder", wrap: true, spacing: "medium" },
        ...COMMIT_PARTIES.flatMap((party) =>
          view.commitments[party].map((text) => userText(`• ${commitmentText(party, text, locale)}`)),
        ),
      ],
    },
    {
      type: "Input.Text",
      id: POSTER_VALIDATION_INPUTS.comment,
      label: t("poster.card.commentLabel"),
      placeholder: t("poster.card.commentPlaceholder"),
      isMultiline: true,
      maxLength: POSTER_COMMENT_CARD_MAX,
      spacing: "medium",
    },
    paragraph(t("poster.card.privacy"), { subtle: true }),
  ];
  const actions: CardAction[] = [
    { type: "Action.Execute", title: t("poster.card.approve"), verb: POSTER_VERB.approve, data, style: "positive" },
    { type: "Action.Execute", title: t("poster.card.requestChange"), verb: POSTER_VERB.requestChange, data },
  ];
  if (view.posterUrl) actions.push({ type: "Action.OpenUrl", title: t("poster.card.open"), url: view.posterUrl });
  return adaptiveCard(body, actions);
}

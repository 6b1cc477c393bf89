import type { ParticipantView } from "../../domain/workshopMachine";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import { partyChoices, settingsText, type WorkshopRef } from "./workshopCardParts";
import { PROXY_ENTRY_INPUTS, PROXY_LABEL_MAX } from "./proxyEntryCardInputs";
import { WORKSHOP_FORMS } from "./workshopActionData";
import { WORKSHOP_VERB } from "./workshopVerbs";

export interface ProxyEntryCardModel extends WorkshopRef {
  readonly campaignName: string;
  readonly view: ParticipantView;
  readonly requestId: string;
  /** The marker used last: several ideas from one person follow each other quickly. */
  readonly label?: string;
  /** What was typed, given back when it was refused, so nothing is lost. */
  readonly text?: string;
  readonly notice?: { readonly text: string; readonly tone: "good" | "attention" };
}

/**
 * The facilitator types here for someone in the room without a phone. It is a card of its own,
 * apart from the facilitator card: that one is replaced every few seconds while answers come in,
 * and Teams drops what was being typed in a card when it is replaced. This one only changes when
 * the facilitator submits or refreshes it.
 */
export function proxyEntryCard(m: ProxyEntryCardModel, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const ref = { campaignId: m.campaignId, kind: m.kind };
  const body: CardElement[] = [heading(t("workshop.proxyCard.title")), userText(m.campaignName, { italic: true })];
  // The notice may quote the marker the facilitator typed: a TextRun, never markdown.
  if (m.notice)
    body.push({ type: "RichTextBlock", inlines: [{ type: "TextRun", text: m.notice.text, color: m.notice.tone }] });
  const view = m.view;
  if (view.screen !== "step" || view.step.type !== "contributions" || !view.acceptsInput) {
    body.push(paragraph(t("workshop.proxyCard.closed")));
    // What was typed but not saved stays on the card, and comes back in the fields on refresh.
    const kept = {
      ...(m.label ? { [PROXY_ENTRY_INPUTS.label]: m.label } : {}),
      ...(m.text ? { [PROXY_ENTRY_INPUTS.text]: m.text } : {}),
    };
    if (m.text) body.push(userText(t("workshop.proxyCard.unsaved", { label: m.label ?? "—", text: m.text })));
    return adaptiveCard(body, [
      {
        type: "Action.Execute",
        title: t("workshop.proxyCard.refresh"),
        verb: WORKSHOP_VERB.proxyForm,
        data: { ...ref, inPlace: true, ...kept },
      },
    ]);
  }
  const step = view.step;
  body.push(
    paragraph(t("workshop.proxyCard.intro"), { subtle: true }),
    settingsText(view.sequenceTitle, locale, { weight: "bolder" }),
    settingsText(step.prompt, locale),
    {
      type: "Input.Text",
      id: PROXY_ENTRY_INPUTS.label,
      label: t("workshop.field.proxyLabel"),
      maxLength: PROXY_LABEL_MAX,
      isRequired: true,
      errorMessage: t("workshop.proxyCard.labelRequired"),
      ...(m.label ? { value: m.label } : {}),
    },
    {
      type: "Input.Text",
      id: PROXY_ENTRY_INPUTS.text,
      label: t("workshop.field.proxyText"),
      maxLength: step.maxLength,
      isMultiline: true,
      isRequired: true,
      errorMessage: t("workshop.proxyCard.textRequired"),
      ...(m.text ? { value: m.text } : {}),
    },
  );
  if (step.tags)
    body.push({
      type: "Input.ChoiceSet",
      id: PROXY_ENTRY_INPUTS.tag,
      label: t("workshop.field.tag"),
      style: "expanded",
      choices: partyChoices(t),
    });
  return adaptiveCard(body, [
    {
      type: "Action.Execute",
      title: t("workshop.action.proxy"),
      verb: WORKSHOP_VERB.proxy,
      data: { ...ref, stepId: step.id, requestId: m.requestId, form: WORKSHOP_FORMS.proxy },
    },
  ]);
}

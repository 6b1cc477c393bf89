import type { ParticipantView } from "../../domain/workshopMachine";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import { MAX_CARD_ITEMS, settingsText, type WorkshopRef } from "./workshopCardParts";
import { ORGANISE_INPUTS } from "./organiseCardInputs";
import { WORKSHOP_FORMS } from "./workshopActionData";
import { WORKSHOP_VERB } from "./workshopVerbs";

export interface OrganiseCardModel extends WorkshopRef {
  readonly campaignName: string;
  readonly view: ParticipantView;
  /** The step's visible contributions, as they were when the card was built. */
  readonly items: readonly { readonly id: string; readonly text: string }[];
  readonly hidden: readonly { readonly id: string; readonly text: string }[];
  readonly notice?: { readonly text: string; readonly tone: "good" | "attention" };
}

/**
 * Merging duplicates and hiding or showing contributions, in a card of its own: the facilitator
 * card is replaced every few seconds while answers come in, and Teams drops choices being made in
 * a card when it is replaced. This one changes only when the facilitator acts on it or refreshes it.
 */
export function organiseCard(m: OrganiseCardModel, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const ref = { campaignId: m.campaignId, kind: m.kind };
  const refresh = {
    type: "Action.Execute" as const,
    title: t("workshop.organise.refresh"),
    verb: WORKSHOP_VERB.organiseForm,
    data: { ...ref, inPlace: true },
  };
  const body: CardElement[] = [heading(t("workshop.organise.title")), userText(m.campaignName, { italic: true })];
  if (m.notice)
    body.push({ type: "RichTextBlock", inlines: [{ type: "TextRun", text: m.notice.text, color: m.notice.tone }] });
  const view = m.view;
  if (view.screen !== "step" || view.step.type !== "contributions") {
    body.push(paragraph(t("workshop.organise.none")));
    return adaptiveCard(body, [refresh]);
  }
  const step = view.step;
  const data = { ...ref, stepId: step.id, form: WORKSHOP_FORMS.organise };
  body.push(
    paragraph(t("workshop.organise.intro"), { subtle: true }),
    settingsText(step.prompt, locale, { weight: "bolder" }),
  );
  if (m.items.length === 0 && m.hidden.length === 0) body.push(paragraph(t("workshop.organise.empty")));
  if (m.items.length > 0) {
    const choices = m.items.slice(0, MAX_CARD_ITEMS).map((i) => ({ title: i.text, value: i.id }));
    body.push(
      {
        type: "Input.ChoiceSet",
        id: ORGANISE_INPUTS.keep,
        label: t("workshop.field.mergeKeep"),
        style: "compact",
        choices,
      },
      {
        type: "Input.ChoiceSet",
        id: ORGANISE_INPUTS.merge,
        label: t("workshop.field.mergeOthers"),
        style: "expanded",
        isMultiSelect: true,
        choices,
      },
      {
        type: "ActionSet",
        actions: [{ type: "Action.Execute", title: t("workshop.action.merge"), verb: WORKSHOP_VERB.merge, data }],
      },
      {
        type: "Input.ChoiceSet",
        id: ORGANISE_INPUTS.hide,
        label: t("workshop.field.hide"),
        style: "compact",
        choices,
        spacing: "large",
      },
      {
        type: "ActionSet",
        actions: [{ type: "Action.Execute", title: t("workshop.action.hide"), verb: WORKSHOP_VERB.hide, data }],
      },
    );
  }
  if (m.hidden.length > 0) {
    const choices = m.hidden.slice(0, MAX_CARD_ITEMS).map((i) => ({ title: i.text, value: i.id }));
    body.push(
      {
        type: "Input.ChoiceSet",
        id: ORGANISE_INPUTS.unhide,
        label: t("workshop.field.unhide"),
        style: "compact",
        choices,
        value: choices[0]?.value ?? "",
        spacing: "large",
      },
      {
        type: "ActionSet",
        actions: [{ type: "Action.Execute", title: t("workshop.action.unhide"), verb: WORKSHOP_VERB.unhide, data }],
      },
    );
  }
  return adaptiveCard(body, [refresh]);
}

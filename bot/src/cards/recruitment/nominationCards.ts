import { AGE_BANDS, FREQUENCIES, USAGER_KINDS } from "../../domain/profiles";
import type { MessageKey } from "../../i18n/fr";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import { formatDate } from "./formatDate";
import { RECRUITMENT_VERB } from "./recruitmentVerbs";
import { NOMINATION_FORM_INPUTS as INPUT, NOMINATION_FORM_LABELS as LABEL } from "./nominationFormInputs";

/** An agent suggests an usager: what they know, nothing more (the usager confirms through the link). */
export function nominationFormCard(
  view: { campaignId: string; campaignName: string; error?: string },
  locale: Locale,
): AdaptiveCard {
  const t = translator(locale);
  const choices = (field: string, values: readonly string[]) =>
    values.map((v) => ({ title: t(`recruitment.value.${field}.${v}` as MessageKey), value: v }));
  const body: CardElement[] = [
    heading(t("recruitment.nominate.title")),
    userText(view.campaignName, { weight: "bolder" }),
    paragraph(t("recruitment.nominate.intro"), { subtle: true }),
  ];
  if (view.error)
    body.push({ type: "Container", style: "attention", items: [paragraph(view.error, { color: "attention" })] });
  body.push(
    {
      type: "Input.Text",
      id: INPUT.name,
      label: t(LABEL.name),
      maxLength: 80,
      isRequired: true,
      errorMessage: t("recruitment.form.required"),
    },
    { type: "Input.Text", id: INPUT.contact, label: t(LABEL.contact), maxLength: 200 },
    {
      type: "Input.ChoiceSet",
      id: INPUT.kind,
      label: t(LABEL.kind),
      style: "compact",
      choices: choices("kind", USAGER_KINDS),
    },
    {
      type: "Input.ChoiceSet",
      id: INPUT.ageBand,
      label: t(LABEL.ageBand),
      style: "compact",
      choices: choices("ageBand", AGE_BANDS),
    },
    {
      type: "Input.ChoiceSet",
      id: INPUT.frequency,
      label: t(LABEL.frequency),
      style: "compact",
      choices: choices("frequency", FREQUENCIES),
    },
  );
  return adaptiveCard(body, [
    {
      type: "Action.Execute",
      title: t("recruitment.nominate.submit"),
      verb: RECRUITMENT_VERB.nominateUsager,
      data: { campaignId: view.campaignId },
      style: "positive",
    },
  ]);
}

/** The personal link, for the agent to hand over (message, SMS, printed). */
export function nominationLinkCard(
  view: { name: string; link: string; expiresAt: string },
  locale: Locale,
): AdaptiveCard {
  const t = translator(locale);
  return adaptiveCard(
    [
      heading(t("recruitment.nominate.title")),
      {
        type: "RichTextBlock",
        inlines: [
          {
            type: "TextRun",
            text: t("recruitment.nominate.done", { name: view.name, date: formatDate(view.expiresAt, locale) }),
          },
        ],
      },
      userText(view.link),
    ],
    [{ type: "Action.OpenUrl", title: t("recruitment.nominate.open"), url: view.link }],
  );
}

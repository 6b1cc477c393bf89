import { CAMPAIGN_NAME_MAX, DEFAULT_PANEL_SIZE, PANEL_SIZE_MAX, PANEL_SIZE_MIN } from "../../domain/createCampaign";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph } from "../elements";
import { RECRUITMENT_VERB } from "./recruitmentVerbs";
import { CAMPAIGN_FORM_INPUTS as INPUT, CAMPAIGN_FORM_LABELS as LABEL } from "./campaignFormInputs";

export interface CampaignFormValues {
  readonly name?: string;
  readonly approach?: string;
  readonly services?: string;
  readonly site?: string;
  readonly workshop1?: string;
  readonly workshop2?: string;
  readonly workshop3?: string;
  readonly panelSize?: number;
}

export interface CampaignFormView {
  /** Chosen when the form is sent: the campaign's id, so a resent submit cannot create two campaigns. */
  readonly formId: string;
  readonly values?: CampaignFormValues;
  /** Localised problem to show above the form (the values typed are kept). */
  readonly error?: string;
}

export function campaignFormCard(view: CampaignFormView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const v = view.values ?? {};
  const body: CardElement[] = [
    heading(t("recruitment.form.title")),
    paragraph(t("recruitment.form.intro"), { subtle: true }),
  ];
  if (view.error)
    body.push({ type: "Container", style: "attention", items: [paragraph(view.error, { color: "attention" })] });
  body.push(
    {
      type: "Input.Text",
      id: INPUT.name,
      label: t(LABEL.name),
      placeholder: t("recruitment.form.namePlaceholder"),
      maxLength: CAMPAIGN_NAME_MAX,
      isRequired: true,
      errorMessage: t("recruitment.form.required"),
      ...(v.name ? { value: v.name } : {}),
    },
    {
      type: "Input.ChoiceSet",
      id: INPUT.approach,
      label: t(LABEL.approach),
      style: "expanded",
      value: v.approach ?? "thematic",
      isRequired: true,
      errorMessage: t("recruitment.form.required"),
      choices: [
        { title: t("recruitment.form.approach.thematic"), value: "thematic" },
        { title: t("recruitment.form.approach.territorial"), value: "territorial" },
      ],
    },
    {
      type: "Input.Text",
      id: INPUT.services,
      label: t(LABEL.services),
      maxLength: 600,
      isRequired: true,
      errorMessage: t("recruitment.form.required"),
      ...(v.services ? { value: v.services } : {}),
    },
    {
      type: "Input.Text",
      id: INPUT.site,
      label: t(LABEL.site),
      maxLength: 120,
      ...(v.site ? { value: v.site } : {}),
    },
    {
      type: "Input.Date",
      id: INPUT.workshop1,
      label: t(LABEL.workshop1),
      ...(v.workshop1 ? { value: v.workshop1 } : {}),
    },
    {
      type: "Input.Date",
      id: INPUT.workshop2,
      label: t(LABEL.workshop2),
      ...(v.workshop2 ? { value: v.workshop2 } : {}),
    },
    {
      type: "Input.Date",
      id: INPUT.workshop3,
      label: t(LABEL.workshop3),
      ...(v.workshop3 ? { value: v.workshop3 } : {}),
    },
    {
      type: "Input.Number",
      id: INPUT.panelSize,
      label: t(LABEL.panelSize),
      min: PANEL_SIZE_MIN,
      max: PANEL_SIZE_MAX,
      value: v.panelSize ?? DEFAULT_PANEL_SIZE,
    },
  );
  return adaptiveCard(body, [
    {
      type: "Action.Execute",
      title: t("recruitment.form.submit"),
      verb: RECRUITMENT_VERB.createCampaign,
      data: { formId: view.formId },
      style: "positive",
    },
  ]);
}

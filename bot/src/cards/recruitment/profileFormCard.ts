import type { AgentProfile } from "../../domain/profiles";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import { AGENT_FIELDS, choicesOf, type AgentField } from "./choices";
import { formatDate } from "./formatDate";
import { RECRUITMENT_VERB } from "./recruitmentVerbs";
import { PROFILE_FORM_INPUTS as INPUT } from "./profileFormInputs";

export interface ProfileFormView {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly retentionUntil?: string;
  /** Answers to show again: the saved profile, or what was typed when it was refused. */
  readonly values?: Partial<Record<AgentField, string>>;
  readonly error?: string;
}

export function profileFormCard(view: ProfileFormView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const retention = view.retentionUntil
    ? t("recruitment.profile.retention", { date: formatDate(view.retentionUntil, locale) })
    : "";
  const body: CardElement[] = [
    heading(t("recruitment.profile.title")),
    userText(view.campaignName, { weight: "bolder" }),
  ];
  if (view.error)
    body.push({ type: "Container", style: "attention", items: [paragraph(view.error, { color: "attention" })] });
  body.push(paragraph(t("recruitment.profile.consent", { retention }), { subtle: true }));
  for (const field of Object.keys(AGENT_FIELDS) as AgentField[]) {
    const value = view.values?.[field];
    body.push({
      type: "Input.ChoiceSet",
      id: INPUT[field],
      label: t(`recruitment.profile.${field}`),
      style: "expanded",
      choices: choicesOf(t, field),
      isRequired: true,
      errorMessage: t("recruitment.form.required"),
      ...(value ? { value } : {}),
    });
  }
  body.push({
    type: "Input.Toggle",
    id: INPUT.consent,
    label: t("recruitment.profile.consentLabel"),
    title: t("recruitment.profile.consentToggle"),
    valueOn: "true",
    valueOff: "false",
    value: "false",
    isRequired: true,
    errorMessage: t("recruitment.error.consentRequired"),
    wrap: true,
  });
  return adaptiveCard(body, [
    {
      type: "Action.Execute",
      title: t("recruitment.profile.save"),
      verb: RECRUITMENT_VERB.saveProfile,
      data: { campaignId: view.campaignId },
      style: "positive",
    },
    {
      type: "Action.Execute",
      title: t("recruitment.profile.cancel"),
      verb: RECRUITMENT_VERB.myStatus,
      data: { campaignId: view.campaignId },
    },
  ]);
}

export function profileValues(profile: AgentProfile | undefined): Partial<Record<AgentField, string>> | undefined {
  return profile ? { ...profile } : undefined;
}

import { randomUUID } from "node:crypto";
import { campaignFormCard, type CampaignFormValues } from "../../cards/recruitment/campaignFormCard";
import {
  CAMPAIGN_FORM_LABELS,
  campaignFormSubmission,
  type CampaignFormSubmission,
} from "../../cards/recruitment/campaignFormInputs";
import type { Locale } from "../../i18n/locale";
import { campaignSummaryCard } from "../../cards/recruitment/campaignSummaryCard";
import { domainErrorMessage } from "../../i18n/domainText";
import { translate } from "../../i18n/translate";
import type { CardActionRequest, CardActionResult, CommandRequest } from "../botPorts";
import { campaignInputSchema, firstBadField } from "./campaignInput";
import { createCampaignAsCoordinator, type CampaignSetupDeps } from "./campaignSetup";

/** « nouvelle campagne »: the form, with an id chosen now so that its submission is idempotent. */
export async function newCampaignCommand({ port }: CommandRequest): Promise<void> {
  await port.sendCard(campaignFormCard({ formId: randomUUID() }, port.locale));
}

/** The values typed, shown again above a refusal so nothing has to be typed twice. */
function echo(form: CampaignFormSubmission): CampaignFormValues {
  const { formId: _id, panelSize, ...texts } = form;
  const size = Number(panelSize);
  const given = Object.entries(texts).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    ...Object.fromEntries(given),
    ...(panelSize !== undefined && Number.isFinite(size) ? { panelSize: size } : {}),
  };
}

/** The refused field as the card labels it; a field the card does not show keeps its name. */
function fieldLabel(locale: Locale, field: string): string {
  const labels: Readonly<Record<string, (typeof CAMPAIGN_FORM_LABELS)[keyof typeof CAMPAIGN_FORM_LABELS]>> =
    CAMPAIGN_FORM_LABELS;
  const key = labels[field];
  return key ? translate(locale, key) : field;
}

/** The form's submit: validate at the edge, create through the domain, answer with the summary. */
export async function submitCampaignForm(
  deps: CampaignSetupDeps,
  request: CardActionRequest,
): Promise<CardActionResult> {
  const { port } = request;
  const locale = port.locale;
  const submitted = campaignFormSubmission.safeParse(request.data);
  if (!submitted.success) return { kind: "message", text: translate(locale, "card.unknownAction") };
  const form = submitted.data;
  const { formId } = form;
  const again = (error: string) => ({
    kind: "card" as const,
    card: campaignFormCard({ formId, values: echo(form), error }, locale),
  });

  const parsed = campaignInputSchema.safeParse({ ...form, locale });
  if (!parsed.success) {
    const field = firstBadField(parsed.error);
    const typed = (form as Record<string, unknown>)[field];
    const value = typeof typed === "string" ? typed : "";
    return again(
      field.startsWith("workshop")
        ? translate(locale, "recruitment.error.dateInvalid", { value })
        : translate(locale, "recruitment.error.badForm", { field: fieldLabel(locale, field) }),
    );
  }
  const at = deps.now().toISOString();
  const home =
    port.conversation.conversationType === "channel"
      ? { ...port.conversation, installedAt: at, updatedAt: at }
      : undefined;
  const result = await createCampaignAsCoordinator(
    deps,
    port.caller.aadObjectId
      ? { aadObjectId: port.caller.aadObjectId, ...(port.caller.name ? { name: port.caller.name } : {}) }
      : {},
    formId,
    parsed.data,
    home,
  );
  if (!result.ok) {
    const text = domainErrorMessage(locale, result.error);
    return result.error.code === "campaign.forbidden" ? { kind: "message", text } : again(text);
  }
  const { campaign, warnings } = result.value;
  return {
    kind: "card",
    card: campaignSummaryCard(
      { campaign, warnings, ...(port.caller.name ? { coordinatorName: port.caller.name } : {}) },
      locale,
    ),
  };
}

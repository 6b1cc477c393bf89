import { randomUUID } from "node:crypto";
import { campaignFormCard, type CampaignFormValues } from "../../cards/recruitment/campaignFormCard";
import { campaignFormSubmission, type CampaignFormSubmission } from "../../cards/recruitment/campaignFormInputs";
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
        : translate(locale, "recruitment.error.badForm", { field }),
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

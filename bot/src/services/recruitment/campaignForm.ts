import { randomUUID } from "node:crypto";
import { campaignFormCard, type CampaignFormValues } from "../../cards/recruitment/campaignFormCard";
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

function echo(data: Record<string, unknown>): CampaignFormValues {
  const text = (k: string) => (typeof data[k] === "string" ? (data[k] as string).slice(0, 600) : undefined);
  const size = Number(data.panelSize);
  const pick = (k: string) => {
    const v = text(k);
    return v !== undefined ? { [k]: v } : {};
  };
  return {
    ...pick("name"),
    ...pick("approach"),
    ...pick("services"),
    ...pick("site"),
    ...pick("workshop1"),
    ...pick("workshop2"),
    ...pick("workshop3"),
    ...(Number.isFinite(size) ? { panelSize: size } : {}),
  };
}

const FORM_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The form's submit: validate at the edge, create through the domain, answer with the summary. */
export async function submitCampaignForm(
  deps: CampaignSetupDeps,
  request: CardActionRequest,
): Promise<CardActionResult> {
  const { port, data } = request;
  const locale = port.locale;
  const formId = typeof data.formId === "string" && FORM_ID.test(data.formId) ? data.formId : undefined;
  if (!formId) return { kind: "message", text: translate(locale, "card.unknownAction") };
  const again = (error: string) => ({
    kind: "card" as const,
    card: campaignFormCard({ formId, values: echo(data), error }, locale),
  });

  const parsed = campaignInputSchema.safeParse({ ...data, locale });
  if (!parsed.success) {
    const field = firstBadField(parsed.error);
    const value = typeof data[field] === "string" ? (data[field] as string) : "";
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

import { campaignActionData } from "../../cards/recruitment/campaignActionInputs";
import { nominationFormCard, nominationLinkCard } from "../../cards/recruitment/nominationCards";
import { NOMINATION_FORM_LABELS, nominationFormSubmission } from "../../cards/recruitment/nominationFormInputs";
import { domainErrorMessage } from "../../i18n/domainText";
import { translate } from "../../i18n/translate";
import type { CardActionRequest, CardActionResult } from "../botPorts";
import { nominateUsager, nominationSchema, type UsagerDeps } from "./usagers";

/** « Proposer un usager » from the invitation card: the nomination form. */
export async function openNomination(deps: UsagerDeps, request: CardActionRequest): Promise<CardActionResult> {
  const action = campaignActionData.safeParse(request.data);
  const campaign = action.success ? (await deps.repos.campaigns.get(action.data.campaignId))?.value : undefined;
  if (!campaign)
    return { kind: "message", text: domainErrorMessage(request.port.locale, { code: "campaign.notFound" }) };
  return {
    kind: "card",
    card: nominationFormCard({ campaignId: campaign.id, campaignName: campaign.name }, request.port.locale),
  };
}

/** The form's submit: the usager is stored as nominated and the agent gets the personal link to hand over. */
export async function submitNomination(deps: UsagerDeps, request: CardActionRequest): Promise<CardActionResult> {
  const { port } = request;
  const locale = port.locale;
  const submitted = nominationFormSubmission.safeParse(request.data);
  const campaign = submitted.success ? (await deps.repos.campaigns.get(submitted.data.campaignId))?.value : undefined;
  if (!submitted.success || !campaign)
    return { kind: "message", text: domainErrorMessage(locale, { code: "campaign.notFound" }) };
  const { campaignId: _id, ...typed } = submitted.data;
  const parsed = nominationSchema.safeParse(typed);
  if (!parsed.success) {
    const name = parsed.error.issues[0]?.path.join(".") ?? "";
    const labels: Readonly<Record<string, (typeof NOMINATION_FORM_LABELS)[keyof typeof NOMINATION_FORM_LABELS]>> =
      NOMINATION_FORM_LABELS;
    const label = labels[name];
    const field = label ? translate(locale, label) : name;
    return {
      kind: "card",
      card: nominationFormCard(
        {
          campaignId: campaign.id,
          campaignName: campaign.name,
          error: translate(locale, "recruitment.error.badForm", { field }),
        },
        locale,
      ),
    };
  }
  const result = await nominateUsager(
    deps,
    port.caller.aadObjectId ? { aadObjectId: port.caller.aadObjectId } : {},
    campaign.id,
    parsed.data,
  );
  if (!result.ok) return { kind: "message", text: domainErrorMessage(locale, result.error) };
  return {
    kind: "card",
    card: nominationLinkCard(
      { name: parsed.data.name, link: result.value.link, expiresAt: result.value.expiresAt },
      locale,
    ),
  };
}

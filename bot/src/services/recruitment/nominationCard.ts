import { nominationFormCard, nominationLinkCard } from "../../cards/recruitment/nominationCards";
import { domainErrorMessage } from "../../i18n/domainText";
import { translate } from "../../i18n/translate";
import type { CardActionRequest, CardActionResult } from "../botPorts";
import { nominateUsager, nominationSchema, type UsagerDeps } from "./usagers";

/** « Proposer un usager » from the invitation card: the nomination form. */
export async function openNomination(deps: UsagerDeps, request: CardActionRequest): Promise<CardActionResult> {
  const id = typeof request.data.campaignId === "string" ? request.data.campaignId : "";
  const campaign = id ? (await deps.repos.campaigns.get(id))?.value : undefined;
  if (!campaign) return { kind: "message", text: translate(request.port.locale, "recruitment.error.campaignNotFound") };
  return {
    kind: "card",
    card: nominationFormCard({ campaignId: campaign.id, campaignName: campaign.name }, request.port.locale),
  };
}

/** The form's submit: the usager is stored as nominated and the agent gets the personal link to hand over. */
export async function submitNomination(deps: UsagerDeps, request: CardActionRequest): Promise<CardActionResult> {
  const { port, data } = request;
  const locale = port.locale;
  const id = typeof data.campaignId === "string" ? data.campaignId : "";
  const campaign = id ? (await deps.repos.campaigns.get(id))?.value : undefined;
  if (!campaign) return { kind: "message", text: translate(locale, "recruitment.error.campaignNotFound") };
  const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
  const parsed = nominationSchema.safeParse({
    name: data.name,
    contact: blankToUndefined(data.contact),
    kind: blankToUndefined(data.kind),
    ageBand: blankToUndefined(data.ageBand),
    frequency: blankToUndefined(data.frequency),
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join(".") ?? "?";
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

import type { Campaign } from "../../domain/campaign";
import { parseAgentProfile } from "../../domain/profiles";
import type { Locale } from "../../i18n/locale";
import { domainErrorMessage } from "../../i18n/domainText";
import { translate } from "../../i18n/translate";
import { campaignActionData } from "../../cards/recruitment/campaignActionInputs";
import { AGENT_FIELDS, type AgentField } from "../../cards/recruitment/choices";
import {
  consented,
  profileFormSubmission,
  type ProfileFormSubmission,
} from "../../cards/recruitment/profileFormInputs";
import { invitationCard } from "../../cards/recruitment/invitationCard";
import { profileFormCard, profileValues } from "../../cards/recruitment/profileFormCard";
import { volunteerStatusCard } from "../../cards/recruitment/volunteerStatusCard";
import type { VolunteerRecord } from "../../storage/recruitment/volunteerRepository";
import type { Repositories } from "../../storage/repositories";
import type { CardActionRequest, CardActionResult } from "../botPorts";
import type { Logger } from "../../logging/logger";
import type { RecruitmentStores } from "./recruitmentStores";

export interface VolunteeringDeps {
  readonly repos: Repositories;
  readonly stores: RecruitmentStores;
  readonly now: () => Date;
  readonly logger: Logger;
}

// Volunteering stays open until the agent panel's workshop starts; after that the card says so.
const OPEN_STATES: readonly Campaign["state"][] = ["draft", "recruitingAgents"];

type Loaded = { readonly campaign: Campaign } | { readonly answer: CardActionResult };

async function load(deps: VolunteeringDeps, request: CardActionRequest): Promise<Loaded> {
  const locale = request.port.locale;
  const action = campaignActionData.safeParse(request.data);
  const campaign = action.success ? (await deps.repos.campaigns.get(action.data.campaignId))?.value : undefined;
  if (!campaign)
    return { answer: { kind: "message", text: domainErrorMessage(locale, { code: "campaign.notFound" }) } };
  if (!request.port.caller.aadObjectId)
    return { answer: { kind: "message", text: translate(locale, "recruitment.error.noIdentity") } };
  return { campaign };
}

async function refreshIds(deps: VolunteeringDeps, campaignId: string): Promise<string[]> {
  const all = await deps.stores.volunteers.list(campaignId);
  return all.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).map((v) => v.teamsId);
}

async function statusCard(
  deps: VolunteeringDeps,
  campaign: Campaign,
  record: VolunteerRecord,
  locale: Locale,
): Promise<CardActionResult> {
  const ids = await refreshIds(deps, campaign.id);
  return {
    kind: "card",
    card: volunteerStatusCard(
      {
        campaignId: campaign.id,
        campaignName: campaign.name,
        volunteerName: record.name,
        status: record.status,
        ...(record.profile ? { profile: record.profile } : {}),
        refreshUserIds: ids.includes(record.teamsId) ? ids : [...ids, record.teamsId],
      },
      locale,
    ),
  };
}

/** « Je me porte volontaire » and « Modifier mes réponses »: the profile form, filled with saved answers. */
export async function openProfile(deps: VolunteeringDeps, request: CardActionRequest): Promise<CardActionResult> {
  const loaded = await load(deps, request);
  if ("answer" in loaded) return loaded.answer;
  const { campaign } = loaded;
  const locale = request.port.locale;
  if (!OPEN_STATES.includes(campaign.state))
    return { kind: "message", text: translate(locale, "recruitment.error.recruitmentClosed") };
  const existing = await deps.stores.volunteers.get(campaign.id, request.port.caller.aadObjectId as string);
  const values = existing?.value.status === "volunteered" ? profileValues(existing.value.profile) : undefined;
  return {
    kind: "card",
    card: profileFormCard(
      {
        campaignId: campaign.id,
        campaignName: campaign.name,
        ...(campaign.retentionUntil ? { retentionUntil: campaign.retentionUntil } : {}),
        ...(values ? { values } : {}),
      },
      locale,
    ),
  };
}

function typedValues(form: ProfileFormSubmission | undefined): Partial<Record<AgentField, string>> {
  const out: Partial<Record<AgentField, string>> = {};
  for (const field of Object.keys(AGENT_FIELDS) as AgentField[]) {
    const v = form?.[field];
    if (v !== undefined) out[field] = v;
  }
  return out;
}

/**
 * Saves the profile. One row per (campaign, agent): a double click or a resent invoke writes the
 * same row again. Bad values or no consent: the form comes back with a localised error, nothing stored.
 */
export async function saveProfile(deps: VolunteeringDeps, request: CardActionRequest): Promise<CardActionResult> {
  const loaded = await load(deps, request);
  if ("answer" in loaded) return loaded.answer;
  const { campaign } = loaded;
  const { port } = request;
  const locale = port.locale;
  if (!OPEN_STATES.includes(campaign.state))
    return { kind: "message", text: translate(locale, "recruitment.error.recruitmentClosed") };
  const submitted = profileFormSubmission.safeParse(request.data);
  const form = submitted.success ? submitted.data : undefined;
  const again = (error: string) => ({
    kind: "card" as const,
    card: profileFormCard(
      {
        campaignId: campaign.id,
        campaignName: campaign.name,
        ...(campaign.retentionUntil ? { retentionUntil: campaign.retentionUntil } : {}),
        values: typedValues(form),
        error,
      },
      locale,
    ),
  });
  const profile = parseAgentProfile(form ?? {});
  if (!profile.ok) return again(domainErrorMessage(locale, profile.error));
  if (!form || !consented(form)) return again(translate(locale, "recruitment.error.consentRequired"));

  const at = deps.now().toISOString();
  const aad = port.caller.aadObjectId as string;
  const fresh: VolunteerRecord = {
    campaignId: campaign.id,
    aadObjectId: aad,
    teamsId: port.caller.teamsId,
    name: port.caller.name ?? "",
    locale,
    status: "volunteered",
    profile: profile.value,
    consentAt: at,
    createdAt: at,
    updatedAt: at,
  };
  const stored = await deps.stores.volunteers.upsertWith(fresh, (current) => ({
    ...current,
    teamsId: fresh.teamsId,
    name: fresh.name || current.name,
    locale,
    status: "volunteered",
    profile: profile.value,
    consentAt: at,
    updatedAt: at,
  }));
  await keepSharedCardCurrent(deps, campaign, request);
  return statusCard(deps, campaign, stored, locale);
}

/** Withdrawal deletes the answers at once: they served only the panel the agent left. */
export async function withdraw(deps: VolunteeringDeps, request: CardActionRequest): Promise<CardActionResult> {
  const loaded = await load(deps, request);
  if ("answer" in loaded) return loaded.answer;
  const { campaign } = loaded;
  const aad = request.port.caller.aadObjectId as string;
  const at = deps.now().toISOString();
  const updated = await deps.stores.volunteers.update(campaign.id, aad, (current) => {
    if (current.status === "withdrawn") return undefined;
    const { profile: _dropped, consentAt: _consent, ...rest } = current;
    return { ...rest, status: "withdrawn", updatedAt: at };
  });
  if (!updated) return { kind: "card", card: sharedCard(campaign, request.port.locale, []) };
  return statusCard(deps, campaign, updated, request.port.locale);
}

/** The refresh verb: each user's own view of the invitation. */
export async function myStatus(deps: VolunteeringDeps, request: CardActionRequest): Promise<CardActionResult> {
  const loaded = await load(deps, request);
  if ("answer" in loaded) return loaded.answer;
  const { campaign } = loaded;
  const record = await deps.stores.volunteers.get(campaign.id, request.port.caller.aadObjectId as string);
  if (!record)
    return { kind: "card", card: sharedCard(campaign, request.port.locale, await refreshIds(deps, campaign.id)) };
  return statusCard(deps, campaign, record.value, request.port.locale);
}

function sharedCard(campaign: Campaign, locale: Locale, refreshUserIds: readonly string[]) {
  return invitationCard(
    {
      campaignId: campaign.id,
      campaignName: campaign.name,
      ...(campaign.workshops[1].plannedAt ? { workshop1At: campaign.workshops[1].plannedAt } : {}),
      refreshUserIds,
    },
    locale,
  );
}

/**
 * The channel's card lists who gets an automatic per-user refresh; it is rewritten when someone
 * volunteers so that person keeps seeing their own status. Best effort: a failure is logged only.
 */
async function keepSharedCardCurrent(
  deps: VolunteeringDeps,
  campaign: Campaign,
  request: CardActionRequest,
): Promise<void> {
  const record = (await deps.stores.records.get(campaign.id))?.value;
  const posted = record?.invitation;
  if (!posted || request.replyToId !== posted.activityId) return;
  try {
    await request.port.updateCard(
      posted.activityId,
      sharedCard(campaign, campaign.locale, await refreshIds(deps, campaign.id)),
    );
  } catch (error) {
    deps.logger.warn({ err: error, campaignId: campaign.id }, "could not refresh the shared invitation card");
  }
}

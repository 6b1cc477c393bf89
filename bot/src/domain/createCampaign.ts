import { isIsoDate } from "./calendar";
import type { Approach, Campaign } from "./campaign";
import { err, ok, type Result } from "./result";
import { cleanText, textLength } from "./text";

export const CAMPAIGN_NAME_MIN = 3;
export const CAMPAIGN_NAME_MAX = 120;
export const PANEL_SIZE_MIN = 4;
export const PANEL_SIZE_MAX = 20;
/** The pilots ran panels of roughly 6 to 10 people. */
export const DEFAULT_PANEL_SIZE = 8;

export interface CreateCampaignInput {
  readonly id: string;
  readonly name: string;
  readonly approach: Approach;
  readonly services: readonly string[];
  readonly site?: string;
  readonly coordinatorIds: readonly string[];
  readonly managerIds?: readonly string[];
  readonly panelSize?: number;
  readonly locale?: "fr" | "en";
  readonly retentionUntil?: string;
}

/** Validates a new campaign and returns it in the "draft" state; the first broken rule is reported. */
export function createCampaign(input: CreateCampaignInput, now: Date): Result<Campaign> {
  const name = cleanText(input.name);
  const nameLength = textLength(name);
  if (nameLength < CAMPAIGN_NAME_MIN || nameLength > CAMPAIGN_NAME_MAX) {
    return err("campaign.nameLength", { min: CAMPAIGN_NAME_MIN, max: CAMPAIGN_NAME_MAX, length: nameLength });
  }
  if (input.approach !== "thematic" && input.approach !== "territorial") {
    return err("campaign.approachInvalid", { value: String(input.approach) });
  }
  const services = input.services.map(cleanText);
  if (services.length === 0) return err("campaign.servicesEmpty");
  const blank = services.findIndex((s) => s.length === 0);
  if (blank >= 0) return err("campaign.serviceNameEmpty", { index: blank });
  if (new Set(services.map((s) => s.toLowerCase())).size !== services.length) {
    return err("campaign.serviceDuplicate");
  }
  if (input.approach === "thematic" && services.length !== 1) {
    return err("campaign.thematicNeedsOneService", { count: services.length });
  }
  const site = input.site === undefined ? "" : cleanText(input.site);
  if (input.approach === "territorial" && site.length === 0) return err("campaign.siteRequired");
  const panelSize = input.panelSize ?? DEFAULT_PANEL_SIZE;
  if (!Number.isInteger(panelSize) || panelSize < PANEL_SIZE_MIN || panelSize > PANEL_SIZE_MAX) {
    return err("campaign.panelSizeOutOfRange", { min: PANEL_SIZE_MIN, max: PANEL_SIZE_MAX, value: panelSize });
  }
  if (input.coordinatorIds.length === 0) return err("campaign.coordinatorRequired");
  if (input.retentionUntil !== undefined && !isIsoDate(input.retentionUntil)) {
    return err("campaign.retentionDateInvalid", { value: input.retentionUntil });
  }

  const at = now.toISOString();
  const campaign: Campaign = {
    id: input.id,
    name,
    approach: input.approach,
    services,
    ...(input.approach === "territorial" ? { site } : {}),
    state: "draft",
    coordinatorIds: [...input.coordinatorIds],
    managerIds: [...(input.managerIds ?? [])],
    workshops: { 1: {}, 2: {}, 3: {} },
    panelSize,
    locale: input.locale ?? "fr",
    createdAt: at,
    updatedAt: at,
    ...(input.retentionUntil !== undefined ? { retentionUntil: input.retentionUntil } : {}),
  };
  return ok(campaign);
}

import { isValidInstant, toInstant } from "./calendar";
import type { Campaign, WorkshopNumber, WorkshopSchedule } from "./campaign";
import { err, ok, type Result } from "./result";
import { checkSpacing, type SpacingWarning } from "./spacing";

export interface ScheduledCampaign {
  readonly campaign: Campaign;
  /** Warnings about the W1–W2 spacing once both dates are known; never blocking. */
  readonly warnings: SpacingWarning[];
}

/** Sets (or moves) a workshop's date and reports what the new calendar breaks. */
export function scheduleWorkshop(
  campaign: Campaign,
  workshop: WorkshopNumber,
  plannedAt: string,
  now: Date,
  meetingUrl?: string,
): Result<ScheduledCampaign> {
  if (!isValidInstant(plannedAt)) return err("schedule.invalidDate", { value: plannedAt });
  if (campaign.state === "closed") return err("schedule.campaignClosed");
  const iso = toInstant(plannedAt).toISOString();
  const current: WorkshopSchedule = campaign.workshops[workshop];
  const updated: WorkshopSchedule = {
    ...current,
    plannedAt: iso,
    ...(meetingUrl !== undefined ? { meetingUrl } : {}),
  };
  const workshops = { ...campaign.workshops, [workshop]: updated };
  const next: Campaign = { ...campaign, workshops, updatedAt: now.toISOString() };
  const w1 = workshops[1].plannedAt;
  const w2 = workshops[2].plannedAt;
  const warnings = w1 !== undefined && w2 !== undefined ? checkSpacing(w1, w2) : [];
  return ok({ campaign: next, warnings });
}

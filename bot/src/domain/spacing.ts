/**
 * Timing rule from the pilots: 15 days to one month between the agents' workshop (1) and the
 * usagers' workshop (2), so agents can tell usagers about the method and recruit them.
 * Breaking it is allowed (real calendars win) but the coordinator is warned.
 */
import { addLocalDays, calendarDaysBetween, DEFAULT_TIME_ZONE, localWeekday, toInstant } from "./calendar";

export const SPACING_MIN_DAYS = 15;
/** "One month" read as 31 days so that any calendar month fits. */
export const SPACING_MAX_DAYS = 31;
export const DEFAULT_SPACING_DAYS = 21;

export const SPACING_WARNING_CODES = [
  "spacing.tooClose",
  "spacing.tooFar",
  "spacing.workshop2BeforeWorkshop1",
] as const;
export type SpacingWarningCode = (typeof SPACING_WARNING_CODES)[number];

export interface SpacingWarning {
  readonly code: SpacingWarningCode;
  readonly params: { readonly days: number; readonly minDays: number; readonly maxDays: number };
}

/** Days are counted as local calendar days, whatever the hour of each session. */
export function checkSpacing(
  workshop1At: Date | string,
  workshop2At: Date | string,
  timeZone: string = DEFAULT_TIME_ZONE,
): SpacingWarning[] {
  const first = toInstant(workshop1At);
  const second = toInstant(workshop2At);
  const days = calendarDaysBetween(first, second, timeZone);
  const params = { days, minDays: SPACING_MIN_DAYS, maxDays: SPACING_MAX_DAYS };
  if (second.getTime() <= first.getTime()) return [{ code: "spacing.workshop2BeforeWorkshop1", params }];
  if (days < SPACING_MIN_DAYS) return [{ code: "spacing.tooClose", params }];
  if (days > SPACING_MAX_DAYS) return [{ code: "spacing.tooFar", params }];
  return [];
}

/**
 * Default plan: three weeks later at the same local time; a weekend date moves to the
 * following Monday (still inside the 15–31 day window).
 */
export function proposeWorkshop2Date(workshop1At: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  let proposed = addLocalDays(workshop1At, DEFAULT_SPACING_DAYS, timeZone);
  const weekday = localWeekday(proposed, timeZone);
  if (weekday === 6) proposed = addLocalDays(proposed, 2, timeZone);
  if (weekday === 0) proposed = addLocalDays(proposed, 1, timeZone);
  return proposed.toISOString();
}

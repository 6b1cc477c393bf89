/**
 * The spacing rule of bot/src/domain/spacing.ts, for the form's live hint: 15 days to one month
 * (31 days) between workshop 1 (agents) and workshop 2 (usagers). Form dates are calendar days
 * (YYYY-MM-DD), so counting days needs no time zone. tests/unit checks it agrees with the domain.
 */
export const SPACING_MIN_DAYS = 15;
export const SPACING_MAX_DAYS = 31;

export type SpacingCode = "spacing.tooClose" | "spacing.tooFar" | "spacing.workshop2BeforeWorkshop1";

export interface SpacingHint {
  readonly code: SpacingCode;
  readonly days: number;
}

const DAY_MS = 86_400_000;

function dayNumber(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  const back = new Date(at);
  // Rejects 2027-02-30 and the like, which Date.UTC would roll over.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return at / DAY_MS;
}

/** The warning for two form dates, or undefined when either is missing or the spacing is right. */
export function spacingHint(workshop1: string, workshop2: string): SpacingHint | undefined {
  const first = dayNumber(workshop1);
  const second = dayNumber(workshop2);
  if (first === undefined || second === undefined) return undefined;
  const days = second - first;
  if (days <= 0) return { code: "spacing.workshop2BeforeWorkshop1", days };
  if (days < SPACING_MIN_DAYS) return { code: "spacing.tooClose", days };
  if (days > SPACING_MAX_DAYS) return { code: "spacing.tooFar", days };
  return undefined;
}

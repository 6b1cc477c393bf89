import { isIsoDate } from "../../../bot/src/domain/calendar";
import { checkSpacing, type SpacingWarning } from "../../../bot/src/domain/spacing";

/**
 * The domain's spacing rule for the form's live hint, on the days typed (YYYY-MM-DD): planned at
 * the hour the server plans a date-only workshop, so the hint and the server's warning agree.
 */
export function spacingHint(workshop1: string, workshop2: string): SpacingWarning | undefined {
  if (!isIsoDate(workshop1) || !isIsoDate(workshop2)) return undefined;
  return checkSpacing(`${workshop1}T08:00:00.000Z`, `${workshop2}T08:00:00.000Z`)[0];
}

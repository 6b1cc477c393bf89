import { err, ok, type Result } from "./result";

/**
 * The ids a coordinator confirms as a panel, once each and sorted so the same panel is always
 * stored the same way. A panel of nobody is refused: confirming it would tell every volunteer
 * they were not chosen and leave the workshop without participants.
 */
export function settlePanel(ids: readonly string[]): Result<readonly string[]> {
  const unique = [...new Set(ids)].sort();
  return unique.length === 0 ? err("panel.empty") : ok(unique);
}

import type { DomainErrorCode } from "../../domain/result";

/**
 * The HTTP status of an expected failure, decided here and nowhere else. Codes follow a naming
 * convention so most need no entry: `*.notFound` is 404, `*.forbidden` 403, `*.conflict` and
 * `*.staleVersion` 409 (someone else changed it: reload), `*.unavailable` 503; any other refusal is
 * the user's input or the state of the campaign, 422. The table lists the codes that say so in
 * other words.
 */
const BY_CODE: { readonly [C in DomainErrorCode]?: number } = {
  "campaign.invalidTransition": 409,
  "campaign.movedMeanwhile": 409,
  "campaign.moveBlocked": 409,
  "poster.alreadyValidated": 409,
  "poster.closed": 409,
  "workshop.stepNotCurrent": 409,
  "workshop.commandNotAllowed": 409,
};

const BY_SUFFIX: readonly (readonly [string, number])[] = [
  [".notFound", 404],
  [".forbidden", 403],
  [".conflict", 409],
  [".staleVersion", 409],
  [".unavailable", 503],
  [".tooMany", 429],
];

export function statusOf(code: DomainErrorCode): number {
  const listed = BY_CODE[code];
  if (listed !== undefined) return listed;
  for (const [suffix, status] of BY_SUFFIX) if (code.endsWith(suffix)) return status;
  return 422;
}

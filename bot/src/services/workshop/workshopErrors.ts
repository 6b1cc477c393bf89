import type { Result } from "../../domain/result";

/** @deprecated The workshop's failures are the domain's Result; kept for the dev demo until it imports Result. */
export type Outcome<T> = Result<T>;

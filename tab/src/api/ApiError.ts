/**
 * An API call that did not give the expected answer. `message` is safe to show: it is either
 * the server's localised message or undefined, in which case the UI picks a generic text by `kind`.
 */
/** One reason behind a refusal, as the server words it. */
export interface ErrorCause {
  readonly code: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly kind: "network" | "auth" | "server",
    readonly code: string,
    readonly userMessage: string | undefined,
    readonly status?: number,
    /** The refusal's parameters, as the server sent them (e.g. the campaign's state now). */
    readonly params?: Readonly<Record<string, string | number>>,
    /** Why, one line each, already localised (e.g. what blocks a move to the next step). */
    readonly causes: readonly ErrorCause[] = [],
  ) {
    super(`${kind}:${code}${status === undefined ? "" : ` (HTTP ${status})`}`);
    this.name = "ApiError";
  }
}

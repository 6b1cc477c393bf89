/**
 * An API call that did not give the expected answer. `message` is safe to show: it is either
 * the server's localised message or undefined, in which case the UI picks a generic text by `kind`.
 */
export class ApiError extends Error {
  constructor(
    readonly kind: "network" | "auth" | "server",
    readonly code: string,
    readonly userMessage: string | undefined,
    readonly status?: number,
  ) {
    super(`${kind}:${code}${status === undefined ? "" : ` (HTTP ${status})`}`);
    this.name = "ApiError";
  }
}

/** Another writer changed the entity since it was read (HTTP 412 on an ETag-conditional write). */
export class ConcurrencyError extends Error {
  constructor(
    readonly table: string,
    readonly partitionKey: string,
    readonly rowKey: string,
  ) {
    super(`Concurrent update of ${table}/${partitionKey}/${rowKey}`);
    this.name = "ConcurrencyError";
  }
}

/** Storage could not be reached or refused the request for a reason that is not the caller's. */
export class StorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StorageUnavailableError";
  }
}

/** A storage call got no answer (silence, cut connections) within its deadline and attempts (see tableClients). */
export class StorageDeadlineError extends StorageUnavailableError {
  constructor(
    readonly method: string,
    readonly deadlineMs: number,
    options?: { cause?: unknown },
  ) {
    super(`Table storage gave no answer within ${deadlineMs} ms or its attempts (${method})`, options);
    this.name = "StorageDeadlineError";
  }
}

export function statusOf(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "statusCode" in error) {
    const s = (error as { statusCode?: unknown }).statusCode;
    return typeof s === "number" ? s : undefined;
  }
  return undefined;
}

// Node's and the Azure SDK's names for a connection that failed or was cut.
const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "REQUEST_SEND_ERROR",
]);

/**
 * A failure that says nothing about the request itself: trying the same thing again a moment later
 * may well work (storage or the Bot Connector unreachable, slow, throttled or briefly failing;
 * writers that kept colliding). Bugs and refusals (4xx) are not transient.
 */
export function isTransientError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  if (error instanceof StorageUnavailableError || error instanceof ConcurrencyError) return true;
  const { name, code, cause } = error as { name?: unknown; code?: unknown; cause?: unknown };
  if (name === "AbortError" || name === "TimeoutError") return true;
  if (typeof code === "string" && NETWORK_CODES.has(code)) return true;
  const status = statusOf(error);
  if (status !== undefined)
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
  return isTransientError(cause, depth + 1);
}

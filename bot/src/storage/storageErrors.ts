/** Another writer changed the entity since it was read (HTTP 412 on an ETag-conditional write). */
export class ConcurrencyError extends Error {
  constructor(readonly table: string, readonly partitionKey: string, readonly rowKey: string) {
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

export function statusOf(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "statusCode" in error) {
    const s = (error as { statusCode?: unknown }).statusCode;
    return typeof s === "number" ? s : undefined;
  }
  return undefined;
}

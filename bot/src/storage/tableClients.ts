import { TableClient, TableServiceClient, type TableServiceClientOptions } from "@azure/data-tables";
import type { PipelinePolicy, PipelineResponse } from "@azure/core-rest-pipeline";
import { DefaultAzureCredential } from "@azure/identity";
import type { AppConfig } from "../config/config";
import { isTransientError, statusOf, StorageDeadlineError, StorageUnavailableError } from "./storageErrors";

/**
 * How long one Tables call may take. Teams gives an invoke about 5 s; a card click makes a few
 * storage calls, and the bot answers it before 5 s whatever storage does (see teamsBot), so one
 * call may spend at most `callMs`, every attempt and pause included. The SDK's own retries (which
 * back off up to a minute and never time an attempt out) are replaced by these.
 */
export interface StorageDeadlines {
  /** Longest wait for one HTTP attempt. */
  readonly attemptMs: number;
  /** Longest a call may take, attempts and pauses included. */
  readonly callMs: number;
  /** First pause between attempts, doubled after each (with jitter). */
  readonly retryDelayMs: number;
  readonly maxAttempts: number;
}

export const STORAGE_DEADLINES: StorageDeadlines = { attemptMs: 2000, callMs: 4000, retryDelayMs: 100, maxAttempts: 4 };

// An attempt with less time than this left is not worth starting.
const MIN_ATTEMPT_MS = 150;

/**
 * Hands out one TableClient per logical table and creates each table once per process
 * (the first caller awaits creation; later callers share the same promise).
 */
export class TableClients {
  private readonly created = new Map<string, Promise<TableClient>>();

  constructor(
    private readonly make: (tableName: string) => TableClient,
    private readonly service: TableServiceClient,
    readonly prefix: string,
  ) {}

  static fromConfig(storage: AppConfig["storage"], deadlines: StorageDeadlines = STORAGE_DEADLINES): TableClients {
    const bounded: TableServiceClientOptions = {
      retryOptions: { maxRetries: 0 },
      additionalPolicies: [{ policy: deadlinePolicy(deadlines), position: "perCall" }],
    };
    if (storage.kind === "connectionString") {
      const insecure = /DefaultEndpointsProtocol=http;|TableEndpoint=http:/i.test(storage.connectionString);
      const options = { ...bounded, allowInsecureConnection: insecure };
      return new TableClients(
        (name) => TableClient.fromConnectionString(storage.connectionString, name, options),
        TableServiceClient.fromConnectionString(storage.connectionString, options),
        storage.tablePrefix,
      );
    }
    const credential = new DefaultAzureCredential();
    return new TableClients(
      (name) => new TableClient(storage.accountUrl, name, credential, bounded),
      new TableServiceClient(storage.accountUrl, credential, bounded),
      storage.tablePrefix,
    );
  }

  tableName(logical: string): string {
    return `${this.prefix}${logical}`;
  }

  table(logical: string): Promise<TableClient> {
    const name = this.tableName(logical);
    let ready = this.created.get(name);
    if (!ready) {
      const client = this.make(name);
      ready = client.createTable().then(
        () => client,
        (error: unknown) => {
          this.created.delete(name);
          throw new StorageUnavailableError(`Cannot create table ${name}`, { cause: error });
        },
      );
      this.created.set(name, ready);
    }
    return ready;
  }

  /** A cheap round trip proving the account answers (used by /api/health and start-up). */
  async ping(): Promise<void> {
    try {
      const pages = this.service.listTables().byPage({ maxPageSize: 1 });
      await pages.next();
    } catch (error) {
      throw new StorageUnavailableError(`Table storage unreachable (status ${statusOf(error) ?? "none"})`, {
        cause: error,
      });
    }
  }
}

/**
 * Retries within a deadline: each attempt is cut after `attemptMs`, the call after `callMs`.
 * Retried: no answer in time, a cut or refused connection, 408, 429 and 5xx but 501/505 (the last
 * status is what callers see when time or attempts run out). Writes are
 * retried too, as the SDK does: insert-once turns a replayed create into 409, ETags a replayed
 * update into 412, which the repositories already expect.
 */
export function deadlinePolicy(deadlines: StorageDeadlines): PipelinePolicy {
  return {
    name: "storageDeadline",
    async sendRequest(request, next) {
      const started = performance.now();
      const callerSignal = request.abortSignal;
      let lastResponse: PipelineResponse | undefined;
      let lastError: unknown;
      for (let attempt = 1; ; attempt++) {
        const left = deadlines.callMs - (performance.now() - started);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), Math.max(1, Math.min(deadlines.attemptMs, left)));
        const onCallerAbort = () => controller.abort();
        callerSignal?.addEventListener("abort", onCallerAbort);
        request.abortSignal = controller.signal;
        try {
          const response = await next(request);
          if (!retryableStatus(response.status)) return response;
          lastResponse = response;
          lastError = undefined;
        } catch (error) {
          if (callerSignal?.aborted || !(controller.signal.aborted || isTransientError(error))) throw error;
          lastResponse = undefined;
          lastError = error;
        } finally {
          clearTimeout(timer);
          callerSignal?.removeEventListener("abort", onCallerAbort);
          request.abortSignal = callerSignal;
        }
        const pause = deadlines.retryDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
        const remaining = deadlines.callMs - (performance.now() - started);
        if (attempt >= deadlines.maxAttempts || remaining < pause + MIN_ATTEMPT_MS) {
          if (lastResponse) return lastResponse;
          // A status (503...) is kept as it came; a silence or a cut connection is named for what it was.
          if (statusOf(lastError) !== undefined) throw lastError;
          throw new StorageDeadlineError(`${request.method} ${new URL(request.url).pathname}`, deadlines.callMs, {
            cause: lastError,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    },
  };
}

function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

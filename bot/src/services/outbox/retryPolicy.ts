import { SendError } from "../proactive";

export type SendOutcome =
  | {
      readonly kind: "retry";
      readonly afterMs: number;
      readonly counts: boolean;
      readonly reason: string;
      readonly pauseAll: boolean;
    }
  | { readonly kind: "deadLetter"; readonly reason: string }
  | { readonly kind: "unreachable"; readonly reason: string };

export interface RetryOptions {
  readonly maxAttempts: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
}

/** Exponential back-off with "equal jitter": half fixed, half random, so retries spread out. */
export function backoffMs(attempt: number, options: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * What to do after a failed send. Throttling is Teams asking to wait, not a failure: it is retried
 * after Retry-After without spending an attempt. `attempts` counts failures including this one.
 */
export function classifyFailure(
  error: unknown,
  attempts: number,
  options: RetryOptions,
  random: () => number = Math.random,
): SendOutcome {
  const e = error instanceof SendError ? error : new SendError("transient", undefined);
  const reason = `${e.kind}${e.status !== undefined ? ` ${e.status}` : ""}`;
  if (e.kind === "throttled") {
    return {
      kind: "retry",
      afterMs: e.retryAfterMs ?? backoffMs(1, options, random),
      counts: false,
      reason,
      pauseAll: true,
    };
  }
  // The user removed or blocked the app: retrying cannot help; reported, never retried.
  if (e.kind === "unreachable") return { kind: "unreachable", reason };
  // Refused outright (a bad request): retrying the same message cannot help either, but a replay may.
  if (e.kind === "final") return { kind: "deadLetter", reason };
  if (attempts >= options.maxAttempts) return { kind: "deadLetter", reason: `${reason} after ${attempts} attempts` };
  return {
    kind: "retry",
    afterMs: e.retryAfterMs ?? backoffMs(attempts, options, random),
    counts: true,
    reason,
    pauseAll: false,
  };
}

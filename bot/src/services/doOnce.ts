import type { Logger } from "../logging/logger";
import type { Claim, ProcessedActivityRepository } from "../storage/processedActivityRepository";
import type { Clock } from "./clock";

export interface OnceDeps {
  readonly claims: ProcessedActivityRepository;
  readonly clock: Clock;
  readonly logger: Logger;
}

export type OnceOutcome<T> =
  /** `completed` settles once the claim is marked done (it never rejects; a failure is logged). */
  | { readonly ran: true; readonly value: T; readonly completed: Promise<void> }
  | { readonly ran: false; readonly why: "done" | "busy" };

// How often a resend looks again at a claim someone else holds.
const FIRST_POLL_MS = 100;
const POLL_MS = 400;

/**
 * Does `work` once per key, whatever Teams resends and whichever instance gets it: claims the key,
 * works, then marks it completed. If the work throws, the claim is released (and the error goes on),
 * so the next resend or retry does the work; if this process dies, the claim's lease runs out and
 * the next resend takes it over. While it works, the lease is renewed.
 *
 * The outcome comes back as soon as the work is done, while the claim is being marked completed:
 * Teams resends an activity only when it got no HTTP answer, so answering at once leaves no time
 * for a crash between a reply already sent and an answer still owed (the resend would reply twice).
 *
 * A key someone else holds is "busy": with `waitWhileBusyMs`, this waits that long for the holder
 * to finish (then "done") or for its lease to run out (then takes it over and works).
 */
export async function doOnce<T>(
  deps: OnceDeps,
  conversationId: string,
  key: string,
  work: () => Promise<T>,
  waitWhileBusyMs = 0,
): Promise<OnceOutcome<T>> {
  const giveUpAt = performance.now() + waitWhileBusyMs;
  let polls = 0;
  for (;;) {
    const now = deps.clock();
    const result = await deps.claims.claim(conversationId, key, now);
    if (result.kind === "done") return { ran: false, why: "done" };
    if (result.kind === "claimed") return holding(deps, result.claim, work);
    const left = giveUpAt - performance.now();
    if (left <= 0) return { ran: false, why: "busy" };
    // Soon at first (the holder is often just marking it completed), then every POLL_MS.
    const pause = polls++ === 0 ? FIRST_POLL_MS : POLL_MS;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(pause, left, Math.max(50, result.leaseUntil - now.getTime() + 50))),
    );
  }
}

async function holding<T>(deps: OnceDeps, claim: Claim, work: () => Promise<T>): Promise<OnceOutcome<T>> {
  let held = claim;
  let stopped = false;
  let renewing = false;
  const timer = setInterval(() => {
    if (renewing || stopped) return;
    renewing = true;
    deps.claims.renew(held, deps.clock()).then(
      (renewed) => {
        renewing = false;
        if (stopped) return;
        if (renewed) held = renewed;
        else {
          clearInterval(timer);
          deps.logger.warn(
            { key: claim.activityId },
            "claim taken over by another instance while its work was still running",
          );
        }
      },
      (error: unknown) => {
        renewing = false;
        if (!stopped) deps.logger.warn({ err: error, key: claim.activityId }, "could not renew a claim's lease");
      },
    );
  }, claim.leaseMs / 3);
  timer.unref();
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };

  let value: T;
  try {
    value = await work();
  } catch (error) {
    stop();
    try {
      await deps.claims.release(held);
    } catch (releaseError) {
      // Its lease runs out by itself: a resend after that does the work.
      deps.logger.warn({ err: releaseError, key: claim.activityId }, "could not release a failed claim");
    }
    throw error;
  }
  stop();
  const completed = deps.claims.complete(held, deps.clock()).catch((error: unknown) => {
    // The work is done and answered: only a resend after the lease (none is expected) would do it again.
    deps.logger.warn({ err: error, key: claim.activityId }, "could not mark a claim completed");
  });
  return { ran: true, value, completed };
}

import type { Logger } from "../logging/logger";
import type { BackgroundWorker } from "./feature";

export interface IntervalWorker<T> extends BackgroundWorker {
  /** One pass now (tests, and the first tick at start-up); a pass already running is joined, not doubled. */
  runOnce(): Promise<T>;
}

/**
 * A background pass run at start-up and then every `intervalMs` on each instance. One pass at a
 * time per instance; a failed pass is logged (its error's name only: storage errors can quote
 * entity content) and tried again at the next interval. Stopping waits for the pass under way.
 */
export function intervalWorker<T>(
  name: string,
  intervalMs: number,
  logger: Logger,
  pass: () => Promise<T>,
): IntervalWorker<T> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<T> | undefined;

  function runOnce(): Promise<T> {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  }

  function tick(): void {
    runOnce().catch((error: unknown) => {
      logger.warn(
        { worker: name, error: error instanceof Error ? error.name : "unknown" },
        `${name} pass failed; retried at the next interval`,
      );
    });
  }

  return {
    name,
    runOnce,
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

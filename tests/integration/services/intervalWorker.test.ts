import { Writable } from "node:stream";
import { createLogger } from "../../../bot/src/logging/logger";
import { intervalWorker } from "../../../bot/src/services/intervalWorker";

/** A pass that stays under way until the test finishes it. */
function controlledPasses() {
  const started: { finish: (value: number) => void; fail: (error: Error) => void }[] = [];
  const pass = () =>
    new Promise<number>((resolve, reject) => {
      started.push({ finish: resolve, fail: reject });
    });
  return { started, pass };
}

function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    "info",
    new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { lines, logger };
}

// Timers are jest's: the interval passes when the test says so.
describe("interval worker", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("runs a pass at start, then one per interval", async () => {
    const { started, pass } = controlledPasses();
    const worker = intervalWorker("test", 60_000, createLogger("silent"), pass);
    worker.start();
    expect(started).toHaveLength(1);
    started[0]!.finish(1);
    await jest.advanceTimersByTimeAsync(59_999);
    expect(started).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(started).toHaveLength(2);
    started[1]!.finish(2);
    await worker.stop();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(started).toHaveLength(2);
  });

  it("runs one pass at a time: a tick or a runOnce during a pass joins it", async () => {
    const { started, pass } = controlledPasses();
    const worker = intervalWorker("test", 1000, createLogger("silent"), pass);
    worker.start();
    const joined = worker.runOnce();
    await jest.advanceTimersByTimeAsync(3000);
    expect(started).toHaveLength(1);
    started[0]!.finish(42);
    await expect(joined).resolves.toBe(42);
    const next = worker.runOnce();
    expect(started).toHaveLength(2);
    started[1]!.finish(43);
    await expect(next).resolves.toBe(43);
    await worker.stop();
  });

  it("logs a failed pass by its error's name only, and tries again at the next interval", async () => {
    const { started, pass } = controlledPasses();
    const { lines, logger } = recordingLogger();
    const worker = intervalWorker("purge", 1000, logger, pass);
    worker.start();
    const failure = new Error("row usager@example.org could not be written");
    failure.name = "StorageUnavailableError";
    started[0]!.fail(failure);
    await jest.advanceTimersByTimeAsync(0);
    expect(lines).toEqual([expect.objectContaining({ worker: "purge", error: "StorageUnavailableError", level: 40 })]);
    expect(JSON.stringify(lines)).not.toContain("example.org");
    await jest.advanceTimersByTimeAsync(1000);
    expect(started).toHaveLength(2);
    started[1]!.finish(1);
    await worker.stop();
  });

  it("stop waits for the pass under way; start after stop starts again", async () => {
    const { started, pass } = controlledPasses();
    const worker = intervalWorker("test", 1000, createLogger("silent"), pass);
    worker.start();
    worker.start();
    expect(started).toHaveLength(1);
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    started[0]!.finish(1);
    await stopping;
    expect(stopped).toBe(true);
    worker.start();
    expect(started).toHaveLength(2);
    started[1]!.finish(2);
    await worker.stop();
  });
});

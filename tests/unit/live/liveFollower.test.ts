import { LiveFollower, type LiveTimers, type Snapshot } from "../../../bot/src/services/live/liveFollower";

/** Timers driven by the test: `tick()` runs what is due, in order. */
class ManualTimers implements LiveTimers {
  private next = 0;
  readonly pending = new Map<number, () => void>();
  setTimeout(run: () => void): unknown {
    const id = ++this.next;
    this.pending.set(id, run);
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  async tick(): Promise<void> {
    const due = [...this.pending.entries()];
    this.pending.clear();
    for (const [, run] of due) run();
    await flush();
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

function source(initial: string) {
  const state = { version: initial, reads: 0, fail: false };
  const read = async (topic: string): Promise<Snapshot<string>> => {
    state.reads++;
    if (state.fail) throw new Error("storage down");
    return { version: state.version, value: `${topic}@${state.version}` };
  };
  return { state, read };
}

describe("LiveFollower", () => {
  it("reads a topic once per interval whatever the number of listeners", async () => {
    const timers = new ManualTimers();
    const { state, read } = source("v1");
    const follower = new LiveFollower({ read, intervalMs: 250, timers });
    const seen: string[][] = Array.from({ length: 300 }, () => []);
    seen.forEach((list, i) => follower.subscribe(i % 2 ? "w1" : "w2", (s) => list.push(s.value)));
    await flush();
    expect(state.reads).toBe(2);
    await timers.tick();
    await timers.tick();
    expect(state.reads).toBe(6);
    expect(follower.stats()).toEqual({ topics: 2, listeners: 300, reads: 6 });
    expect(seen.every((list) => list.length === 1)).toBe(true);
  });

  it("hands each new version to every listener once, and the last one to a newcomer at once", async () => {
    const timers = new ManualTimers();
    const { state, read } = source("v1");
    const follower = new LiveFollower({ read, intervalMs: 250, timers });
    const first: string[] = [];
    follower.subscribe("w", (s) => first.push(s.version));
    await flush();
    await timers.tick();
    state.version = "v2";
    await timers.tick();
    await timers.tick();
    expect(first).toEqual(["v1", "v2"]);
    const late: string[] = [];
    follower.subscribe("w", (s) => late.push(s.version));
    expect(late).toEqual(["v2"]);
  });

  it("stops reading when the last listener leaves", async () => {
    const timers = new ManualTimers();
    const { state, read } = source("v1");
    const follower = new LiveFollower({ read, intervalMs: 250, timers });
    const stopA = follower.subscribe("w", () => undefined);
    const stopB = follower.subscribe("w", () => undefined);
    await flush();
    stopA();
    await timers.tick();
    expect(state.reads).toBe(2);
    stopB();
    expect(timers.pending.size).toBe(0);
    await timers.tick();
    expect(state.reads).toBe(2);
    expect(follower.stats().topics).toBe(0);
  });

  it("reads at once on a nudge, and once more when a nudge comes during a read", async () => {
    const timers = new ManualTimers();
    const { state, read } = source("v1");
    const follower = new LiveFollower({ read, intervalMs: 60_000, timers });
    const seen: string[] = [];
    follower.subscribe("w", (s) => seen.push(s.version));
    state.version = "v2";
    follower.nudge("w"); // during the first read
    await flush();
    await flush();
    expect(seen).toEqual(["v1", "v2"]);
    state.version = "v3";
    follower.nudge("w");
    await flush();
    expect(seen).toEqual(["v1", "v2", "v3"]);
    follower.nudge("nobody-follows-this");
    expect(state.reads).toBe(3);
  });

  it("keeps the last snapshot through failed reads and tries again at the next interval", async () => {
    const timers = new ManualTimers();
    const { state, read } = source("v1");
    const errors: string[] = [];
    const follower = new LiveFollower({ read, intervalMs: 250, timers, onReadError: (t) => errors.push(t) });
    const seen: string[] = [];
    follower.subscribe("w", (s) => seen.push(s.version));
    await flush();
    state.fail = true;
    await timers.tick();
    await timers.tick();
    expect(errors).toEqual(["w", "w"]);
    state.fail = false;
    state.version = "v2";
    await timers.tick();
    expect(seen).toEqual(["v1", "v2"]);
  });
});

/**
 * Follows topics (a workshop each) for the clients connected to this instance: one reader per
 * topic, whatever the number of clients, reading every `intervalMs` while anyone listens and
 * handing each change to every listener. Storage reads therefore grow with instances and topics,
 * never with devices. A change made through this instance need not wait for the next read:
 * `nudge` reads at once (the others see it at their next interval).
 *
 * A snapshot's `version` says whether anything changed; listeners are called once per new version,
 * and a new listener gets the last snapshot at once so a page never waits for a change to draw.
 * A failed read keeps the last snapshot and is tried again at the next interval: clients keep
 * what they show rather than flicker to an error.
 */
export interface Snapshot<T> {
  readonly version: string;
  readonly value: T;
}

export type Listener<T> = (snapshot: Snapshot<T>) => void;

export interface LiveTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface LiveFollowerOptions<T> {
  /** Reads the topic's current state; undefined when the topic is gone (the workshop was deleted). */
  readonly read: (topic: string) => Promise<Snapshot<T> | undefined>;
  readonly intervalMs: number;
  readonly timers?: LiveTimers;
  readonly onReadError?: (topic: string, error: unknown) => void;
}

interface Followed<T> {
  readonly listeners: Set<Listener<T>>;
  last?: Snapshot<T>;
  timer?: unknown;
  reading?: Promise<void>;
  /** A nudge arrived during a read: read once more when it ends. */
  again: boolean;
}

const realTimers: LiveTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class LiveFollower<T> {
  private readonly topics = new Map<string, Followed<T>>();
  private readonly enders = new Set<() => void>();
  private readonly timers: LiveTimers;
  private reads = 0;

  constructor(private readonly options: LiveFollowerOptions<T>) {
    this.timers = options.timers ?? realTimers;
  }

  /**
   * Starts following `topic` if nobody did; returns how to stop listening. `onEnd` is called if the
   * follower closes first (server shutdown), so the client's connection can be ended with it.
   */
  subscribe(topic: string, listener: Listener<T>, onEnd?: () => void): () => void {
    if (onEnd) this.enders.add(onEnd);
    let followed = this.topics.get(topic);
    if (!followed) {
      followed = { listeners: new Set(), again: false };
      this.topics.set(topic, followed);
      followed.listeners.add(listener);
      void this.readNow(topic, followed);
    } else {
      followed.listeners.add(listener);
      if (followed.last) listener(followed.last);
    }
    const current = followed;
    return () => {
      if (onEnd) this.enders.delete(onEnd);
      current.listeners.delete(listener);
      if (current.listeners.size === 0 && this.topics.get(topic) === current) {
        if (current.timer !== undefined) this.timers.clearTimeout(current.timer);
        this.topics.delete(topic);
      }
    };
  }

  /** Something changed `topic` through this instance: read it now rather than at the next interval. */
  nudge(topic: string): void {
    const followed = this.topics.get(topic);
    if (!followed) return;
    if (followed.reading) followed.again = true;
    else void this.readNow(topic, followed);
  }

  /** For the benchmark and the health page: what this instance follows and has read. */
  stats(): { readonly topics: number; readonly listeners: number; readonly reads: number } {
    let listeners = 0;
    for (const f of this.topics.values()) listeners += f.listeners.size;
    return { topics: this.topics.size, listeners, reads: this.reads };
  }

  /** Stops every reader (server shutdown) and tells each listener's `onEnd`. */
  close(): void {
    for (const f of this.topics.values()) if (f.timer !== undefined) this.timers.clearTimeout(f.timer);
    this.topics.clear();
    for (const end of [...this.enders]) end();
    this.enders.clear();
  }

  private readNow(topic: string, followed: Followed<T>): Promise<void> {
    if (followed.timer !== undefined) {
      this.timers.clearTimeout(followed.timer);
      followed.timer = undefined;
    }
    const reading = this.readOnce(topic, followed).finally(() => {
      followed.reading = undefined;
      if (this.topics.get(topic) !== followed) return;
      if (followed.again) {
        followed.again = false;
        void this.readNow(topic, followed);
      } else {
        followed.timer = this.timers.setTimeout(() => void this.readNow(topic, followed), this.options.intervalMs);
      }
    });
    followed.reading = reading;
    return reading;
  }

  private async readOnce(topic: string, followed: Followed<T>): Promise<void> {
    this.reads++;
    let snapshot: Snapshot<T> | undefined;
    try {
      snapshot = await this.options.read(topic);
    } catch (error) {
      this.options.onReadError?.(topic, error);
      return;
    }
    if (!snapshot || snapshot.version === followed.last?.version) return;
    followed.last = snapshot;
    for (const listener of [...followed.listeners]) listener(snapshot);
  }
}

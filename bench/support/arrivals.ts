/**
 * Vote-to-screen latencies: when each text was sent, and when each device first showed it. One
 * sample per device and text, taken the first time the device's view contains the text.
 */
export class Arrivals {
  private readonly sentAt = new Map<string, number>();
  private readonly seen: Set<string>[];
  readonly samples: number[] = [];
  private waiter: (() => void) | undefined;

  constructor(readonly devices: number) {
    this.seen = Array.from({ length: devices }, () => new Set<string>());
  }

  /** How many samples a complete run gives: every device sees every text. */
  get expected(): number {
    return this.devices * this.sentAt.size;
  }

  /** Marks `text` as sent now; call it just before sending, so no view can contain it earlier. */
  sent(text: string): void {
    this.sentAt.set(text, performance.now());
  }

  /** Device `device` shows `texts` (read at `at`). */
  view(device: number, texts: readonly string[], at: number): void {
    const seen = this.seen[device]!;
    for (const text of texts) {
      const sent = this.sentAt.get(text);
      if (sent === undefined || seen.has(text)) continue;
      seen.add(text);
      this.samples.push(at - sent);
    }
    if (this.waiter && this.samples.length >= this.expected) this.waiter();
  }

  /** Resolves when every device has seen every text sent so far, or after `timeoutMs`. */
  complete(timeoutMs: number): Promise<void> {
    if (this.samples.length >= this.expected) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.waiter = done;
    });
  }
}

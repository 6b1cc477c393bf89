/**
 * Posts an activity to /api/messages the way the Bot Connector delivers it: when the connection
 * fails, is cut or stays silent past `timeoutMs`, the same activity (same id) is delivered again
 * after a pause, up to `maxDeliveries` times. Any HTTP answer ends the delivery.
 */
export interface DeliveryOptions {
  /** How long one delivery waits for the answer. Teams waits about 5 s for an invoke, 15 s for a message. */
  readonly timeoutMs?: number;
  readonly resendAfterMs?: number;
  readonly maxDeliveries?: number;
}

export interface Delivery {
  /** The HTTP status of the answer, undefined if no delivery got one. */
  readonly status?: number;
  readonly body: unknown;
  /** How many times the activity was sent. */
  readonly deliveries: number;
  /** Deliveries that got no answer within `timeoutMs` (as opposed to a refused or cut connection). */
  readonly timeouts: number;
  /** Time of the last delivery, to its answer. */
  readonly lastMs: number;
}

export async function deliver(
  baseUrl: string | (() => string),
  activity: object,
  options: DeliveryOptions = {},
): Promise<Delivery> {
  const { timeoutMs = 15_000, resendAfterMs = 250, maxDeliveries = 40 } = options;
  let lastMs = 0;
  let timeouts = 0;
  for (let n = 1; ; n++) {
    const started = performance.now();
    try {
      const url = typeof baseUrl === "string" ? baseUrl : baseUrl();
      const res = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      lastMs = performance.now() - started;
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body, deliveries: n, timeouts, lastMs };
    } catch (error) {
      lastMs = performance.now() - started;
      if ((error as { name?: string }).name === "TimeoutError") timeouts++;
      if (n >= maxDeliveries) return { body: undefined, deliveries: n, timeouts, lastMs };
      await new Promise((r) => setTimeout(r, resendAfterMs));
    }
  }
}

/**
 * How many join-page devices one workshop lets in. Each device gets one anonymous voice (its own
 * dots, its own answers), so minting tokens is how a ballot would be stuffed: it is bounded per
 * client (a phone, or a room behind one Wi-Fi address) and per workshop, and the facilitator
 * sees the count. Bounds are generous enough for a room of usagers sharing one connection.
 */
export interface DeviceLimits {
  /** Devices one client address may add per minute (a room joining at once shares one address). */
  readonly perClientPerMinute: number;
  /** Devices one client address may add to one workshop in all. */
  readonly perClientTotal: number;
  /** Devices one workshop lets in, all clients together. */
  readonly perWorkshopTotal: number;
}

// A workshop is sized for a room of up to 300 phones (the live bench's scale), with room to spare for
// phones that join twice; JOIN_DEVICES_* change each bound per deployment.
export const DEFAULT_DEVICE_LIMITS: DeviceLimits = {
  perClientPerMinute: 20,
  perClientTotal: 60,
  perWorkshopTotal: 400,
};

export const DEVICE_WINDOW_MS = 60_000;

/** What one client address already did in one workshop: when its recent devices were added, and how many in all. */
export interface ClientDevices {
  /** Epoch milliseconds of the devices added in the last minute (older ones may be left in). */
  readonly recent: readonly number[];
  readonly total: number;
}

export type ClientAdmission =
  | { readonly ok: true; readonly next: ClientDevices }
  | { readonly ok: false; readonly reason: "rate"; readonly retryAfterMs: number }
  | { readonly ok: false; readonly reason: "total" };

/** Whether this client may add one more device now; `next` is its state once the device is added. */
export function admitClientDevice(client: ClientDevices, limits: DeviceLimits, nowMs: number): ClientAdmission {
  if (client.total >= limits.perClientTotal) return { ok: false, reason: "total" };
  const recent = client.recent.filter((t) => t > nowMs - DEVICE_WINDOW_MS && t <= nowMs).sort((a, b) => a - b);
  if (recent.length >= limits.perClientPerMinute) {
    // The oldest device of the window leaves it first; then there is room for one more.
    const oldest = recent[recent.length - limits.perClientPerMinute] ?? nowMs;
    return { ok: false, reason: "rate", retryAfterMs: Math.max(1, oldest + DEVICE_WINDOW_MS - nowMs) };
  }
  return { ok: true, next: { recent: [...recent, nowMs], total: client.total + 1 } };
}

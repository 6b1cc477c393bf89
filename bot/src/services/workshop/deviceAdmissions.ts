import {
  admitClientDevice,
  DEFAULT_DEVICE_LIMITS,
  DEVICE_WINDOW_MS,
  type ClientDevices,
  type DeviceLimits,
} from "../../domain/deviceAdmission";
import type { DeviceSlotRepository } from "../../storage/workshop/deviceSlotRepository";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { Clock } from "../clock";
import { issueDeviceToken } from "./participantKey";
import { err, ok, type Result } from "../../domain/result";

// A client idle this long in a workshop is forgotten (a workshop lasts a few hours at most).
const CLIENT_MEMORY_MS = 24 * 3600 * 1000;
const MAX_CLIENTS = 20_000;

/**
 * Lets join-page devices into a workshop within the limits of domain/deviceAdmission. The
 * workshop total is held in storage (every instance sees it, a restart does not reset it); the
 * per-client counts are kept in memory per instance, like the public rate limits: with N instances
 * a client could add N times as many, which the workshop total still caps, and the facilitator sees.
 * Client addresses are never stored.
 */
export class DeviceAdmissions {
  private readonly clients = new Map<string, ClientDevices & { readonly lastMs: number }>();

  constructor(
    private readonly slots: DeviceSlotRepository,
    private readonly clock: Clock,
    readonly limits: DeviceLimits = DEFAULT_DEVICE_LIMITS,
  ) {}

  /** A new device token for this client, or why not (with the seconds to wait when it is a rate). */
  async admit(record: WorkshopRecord, client: string): Promise<Result<{ token: string; admitted: number }>> {
    const now = this.clock();
    const nowMs = now.getTime();
    const key = `${record.workshop.id}|${client}`;
    const verdict = admitClientDevice(this.clients.get(key) ?? { recent: [], total: 0 }, this.limits, nowMs);
    if (!verdict.ok) {
      return verdict.reason === "rate"
        ? err("joinDevice.tooMany", { seconds: Math.ceil(verdict.retryAfterMs / 1000) })
        : err("joinDevice.clientLimitReached", { limit: this.limits.perClientTotal });
    }
    // Counted before the storage call, so parallel requests of one client cannot all pass the check.
    this.remember(key, { ...verdict.next, lastMs: nowMs }, nowMs);
    // The workshop total is enforced by storage: at most perWorkshopTotal numbered slots can exist.
    const slot = await this.slots.take(record.workshop.id, this.limits.perWorkshopTotal, now.toISOString());
    if (slot === undefined) return err("joinDevice.workshopFull", { limit: this.limits.perWorkshopTotal });
    return ok({ token: issueDeviceToken(record.secret), admitted: slot });
  }

  /** How many devices joined the workshop, for the facilitator. */
  joined(workshopId: string): Promise<number> {
    return this.slots.count(workshopId);
  }

  private remember(key: string, state: ClientDevices & { readonly lastMs: number }, nowMs: number): void {
    this.clients.set(key, { ...state, recent: state.recent.filter((t) => t > nowMs - DEVICE_WINDOW_MS) });
    if (this.clients.size <= MAX_CLIENTS) return;
    for (const [k, v] of this.clients) if (nowMs - v.lastMs > CLIENT_MEMORY_MS) this.clients.delete(k);
  }
}

import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { err, ok, type Result } from "../../domain/result";
import type { Logger } from "../../logging/logger";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { Versioned } from "../../storage/documentTable";
import { BoundedMap } from "../../storage/workshop/boundedMap";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import { workshopIdOf, type PostedCard, type WorkshopRecord } from "../../storage/workshop/workshopRepository";
import { can, type Actor } from "../policy";
import { participantKey, verifyDeviceToken, type Subject } from "./participantKey";

/** The campaign states that run a workshop, and which one. */
export const WORKSHOP_STATES: Readonly<Record<string, WorkshopNumber>> = { workshop1: 1, workshop2: 2, workshop3: 3 };

/**
 * How old the copy of a workshop a participant's answer is checked against may be (ms). Each
 * instance keeps the record it last read, and reads it again once it is older than this, instead of
 * once per click. The bound: after the facilitator closes input (or moves the pointer on) through
 * one instance, another instance may still accept answers to the old step for at most this long,
 * plus the answer's own time in flight (which a read per click had too). The instance that took the
 * command knows at once. Counts cannot double either way: the answers themselves are written
 * insert-once or with their ETag. tests/e2e/workshop/scaleOutCaches.test.ts holds an instance to it.
 */
export const WORKSHOP_FRESH_MS = 1000;
const CACHED_WORKSHOPS = 500;
const CACHED_JOIN_CODES = 2000;

/**
 * The workshops as this instance knows them: read, cached for participants' clicks, found by join
 * code; who may facilitate, and the pseudonymous key a person answers under.
 */
export class WorkshopRecords {
  // The last record read or written here per workshop, and when its read was issued (see WORKSHOP_FRESH_MS).
  private readonly records = new BoundedMap<
    string,
    { readonly record: Versioned<WorkshopRecord>; readonly at: number }
  >(CACHED_WORKSHOPS);
  private readonly reading = new Map<string, Promise<Versioned<WorkshopRecord> | undefined>>();
  // A join code never changes workshop: once found, it is not looked up again.
  private readonly joinCodes = new BoundedMap<string, { campaignId: string; kind: WorkshopNumber }>(CACHED_JOIN_CODES);

  constructor(
    private readonly stores: WorkshopStores,
    private readonly campaigns: CampaignRepository,
    private readonly logger: Logger,
  ) {}

  async campaignsInWorkshop(): Promise<Campaign[]> {
    return (await this.campaigns.list()).filter((c) => WORKSHOP_STATES[c.state] !== undefined);
  }

  async campaign(campaignId: string): Promise<Campaign | undefined> {
    return (await this.campaigns.get(campaignId))?.value;
  }

  mayFacilitate(actor: Actor, campaign: Campaign): boolean {
    return can(actor, "workshop.facilitate", campaign);
  }

  /** The workshop as stored now (facilitator views and commands); the participants' copy follows. */
  async load(campaignId: string, kind: WorkshopNumber): Promise<Versioned<WorkshopRecord> | undefined> {
    const at = performance.now();
    const record = await this.stores.workshops.get(campaignId, kind);
    this.remember(campaignId, kind, record, at);
    return record;
  }

  /**
   * The workshop a participant's answer is checked against: this instance's copy while it is
   * younger than WORKSHOP_FRESH_MS, else read again (one read for all the clicks waiting on it).
   * `seenRevision`, when the caller saw a newer pointer than the copy, forces the read.
   */
  async current(
    campaignId: string,
    kind: WorkshopNumber,
    seenRevision?: number,
  ): Promise<Versioned<WorkshopRecord> | undefined> {
    const key = workshopIdOf(campaignId, kind);
    const hit = this.records.get(key);
    if (
      hit &&
      performance.now() - hit.at < WORKSHOP_FRESH_MS &&
      (seenRevision === undefined || seenRevision <= hit.record.value.workshop.revision)
    )
      return hit.record;
    let reading = this.reading.get(key);
    if (!reading) {
      reading = this.load(campaignId, kind).finally(() => this.reading.delete(key));
      this.reading.set(key, reading);
    }
    return reading;
  }

  remember(campaignId: string, kind: WorkshopNumber, record: Versioned<WorkshopRecord> | undefined, at: number): void {
    const key = workshopIdOf(campaignId, kind);
    if (!record) return this.records.delete(key);
    // A slow read must not put back an older pointer than one already known here.
    const known = this.records.get(key);
    if (known && known.record.value.workshop.revision > record.value.workshop.revision) return;
    this.records.set(key, { record, at });
  }

  async rememberCard(campaignId: string, kind: WorkshopNumber, card: PostedCard): Promise<void> {
    await this.stores.workshops.rememberCard(campaignId, kind, card);
    // The participants' copy learns of the card (live counts follow it) at its next read.
    this.records.delete(workshopIdOf(campaignId, kind));
  }

  /** The workshop behind a join code, while it has not ended. */
  async byJoinCode(code: string): Promise<Result<Versioned<WorkshopRecord>>> {
    const found = await this.byJoinCodeEvenEnded(code);
    if (found.ok && found.value.value.workshop.pointer.phase === "ended") return err("joinCode.expired");
    return found;
  }

  /** The workshop behind a join code, ended or not: the join page learns from it that the workshop is over. */
  async byJoinCodeEvenEnded(code: string): Promise<Result<Versioned<WorkshopRecord>>> {
    const entry = this.joinCodes.get(code) ?? (await this.stores.joinCodes.find(code));
    if (!entry) return err("joinCode.notFound");
    this.joinCodes.set(code, entry);
    const record = await this.current(entry.campaignId, entry.kind);
    if (!record || record.value.joinCode !== code) return err("joinCode.notFound");
    return ok(record);
  }

  keyOf(record: WorkshopRecord, subject: Subject): Result<string> {
    if (subject.kind === "device" && !verifyDeviceToken(record.secret, subject.token))
      return err("joinDevice.forbidden");
    return ok(participantKey(record.secret, subject));
  }

  /** A facilitator's own key, for the audit trail of merges, hides and edits. */
  facilitatorKey(record: WorkshopRecord, actor: Actor): string {
    return participantKey(record.secret, { kind: "teams", aadObjectId: actor.aadObjectId ?? "unknown" });
  }

  async recordAttendee(record: WorkshopRecord, subject: Subject, key: string): Promise<void> {
    try {
      if (subject.kind === "teams")
        await this.stores.attendees.recordTeams(record.workshop.id, subject.aadObjectId, subject.teamsId);
      else if (subject.kind === "device") await this.stores.attendees.recordDevice(record.workshop.id, key);
    } catch (error) {
      // Attendance only feeds the poster's list of people to ask; the answer itself is saved.
      this.logger.warn({ err: error, workshopId: record.workshop.id }, "could not record attendee");
    }
  }
}

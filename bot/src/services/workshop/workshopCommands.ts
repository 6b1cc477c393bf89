import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { err, ok, type Result } from "../../domain/result";
import { applyCommand, createWorkshop, type FacilitatorCommand } from "../../domain/workshopMachine";
import { defaultWorkshopSettings } from "../../domain/workshopSettings";
import type { Versioned } from "../../storage/documentTable";
import { ConcurrencyError } from "../../storage/storageErrors";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import { workshopIdOf, type WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { Clock } from "../clock";
import type { Actor } from "../policy";
import { newJoinCode, newSecret } from "./participantKey";
import { WORKSHOP_STATES, type WorkshopRecords } from "./workshopRecords";

/** The facilitator's commands: open the workshop the campaign is at, move its pointer. */
export class WorkshopCommands {
  constructor(
    private readonly stores: WorkshopStores,
    private readonly records: WorkshopRecords,
    private readonly clock: Clock,
  ) {}

  /** Starts (creates) or resumes the workshop the campaign is at. Creating twice is harmless: the first wins. */
  async open(campaign: Campaign, actor: Actor): Promise<Result<Versioned<WorkshopRecord>>> {
    if (!this.records.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const kind = WORKSHOP_STATES[campaign.state];
    if (kind === undefined) return err("workshop.noCampaign");
    const existing = await this.stores.workshops.get(campaign.id, kind);
    if (existing) return ok(existing);
    let joinCode = newJoinCode();
    while (!(await this.stores.joinCodes.claim(joinCode, { campaignId: campaign.id, kind }))) joinCode = newJoinCode();
    const settings = (await this.stores.settings.get(campaign.id)) ?? defaultWorkshopSettings();
    const workshop = createWorkshop(
      { id: workshopIdOf(campaign.id, kind), campaignId: campaign.id, kind, settings },
      this.clock(),
    );
    await this.stores.workshops.create({
      workshop,
      campaignName: campaign.name,
      secret: newSecret(),
      joinCode,
      postedCards: [],
      commitments: [],
    });
    const created = await this.records.load(campaign.id, kind);
    if (!created) throw new Error(`Workshop ${workshop.id} vanished right after creation`);
    return ok(created);
  }

  /**
   * A facilitator command, applied only if the caller saw the current revision: a resent or
   * double-clicked "next" finds the revision moved on and changes nothing.
   */
  async command(
    campaign: Campaign,
    kind: WorkshopNumber,
    actor: Actor,
    command: FacilitatorCommand,
    seenRevision: number,
  ): Promise<Result<{ record: Versioned<WorkshopRecord>; changed: boolean }>> {
    if (!this.records.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const current = await this.records.load(campaign.id, kind);
    if (!current) return err("workshop.notFound");
    if (current.value.workshop.revision !== seenRevision) return ok({ record: current, changed: false });
    const next = applyCommand(current.value.workshop, command, this.clock());
    if (!next.ok) return next;
    const record = { ...current.value, workshop: next.value };
    try {
      const at = performance.now();
      const etag = await this.stores.workshops.save(record, current.etag);
      // This instance's participants see the new pointer at once.
      this.records.remember(campaign.id, kind, { value: record, etag }, at);
      return ok({ record: { value: record, etag }, changed: true });
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      const latest = await this.records.load(campaign.id, kind);
      if (!latest) return err("workshop.notFound");
      return ok({ record: latest, changed: false });
    }
  }

  /**
   * The same command for the console, which shows the workshop as it is: a pointer that moved
   * meanwhile (another facilitator, a card) is refused, and the page reloads it.
   */
  async commandFresh(
    campaign: Campaign,
    kind: WorkshopNumber,
    actor: Actor,
    command: FacilitatorCommand,
    seenRevision: number,
  ): Promise<Result<Versioned<WorkshopRecord>>> {
    const result = await this.command(campaign, kind, actor, command, seenRevision);
    if (!result.ok) return result;
    return result.value.changed ? ok(result.value.record) : err("workshop.staleVersion");
  }
}

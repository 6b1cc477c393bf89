import type { Campaign } from "../../domain/campaign";
import { checkCommitment } from "../../domain/commitmentText";
import {
  editContribution,
  hideContribution,
  mergeContributions,
  unhideContribution,
  type ContributionStepId,
} from "../../domain/contributions";
import { err, ok, type Result } from "../../domain/result";
import { currentStep } from "../../domain/workshopMachine";
import type { CommitParty } from "../../domain/workshopTemplate";
import type { Versioned } from "../../storage/documentTable";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import type { CommitmentRecord, WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { Clock } from "../clock";
import type { Actor } from "../policy";
import type { WorkshopRecords } from "./workshopRecords";
import type { WorkshopResults } from "./workshopResults";

/** The facilitator's hand on the contributions: merge duplicates, hide, show again, edit, and write commitments. */
export class WorkshopModeration {
  constructor(
    private readonly stores: WorkshopStores,
    private readonly records: WorkshopRecords,
    private readonly results: WorkshopResults,
    private readonly clock: Clock,
  ) {}

  /** Folds duplicates into one item (facilitator). Every changed item is written with its ETag. */
  async merge(
    campaign: Campaign,
    record: WorkshopRecord,
    actor: Actor,
    input: { stepId: ContributionStepId; keepId: string; mergeIds: readonly string[] },
  ): Promise<Result<void>> {
    if (!this.records.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const rows = await this.stores.contributions.forStep(record.workshop.id, input.stepId);
    const merged = mergeContributions(
      rows.map((r) => r.value),
      input.keepId,
      input.mergeIds,
      this.records.facilitatorKey(record, actor),
      this.clock(),
    );
    if (!merged.ok) return merged;
    for (const item of merged.value) {
      const row = rows.find((r) => r.value.id === item.id);
      if (!row) continue;
      await this.stores.contributions.save({ ...item, proxy: row.value.proxy }, row.etag);
    }
    return ok(undefined);
  }

  async hide(
    campaign: Campaign,
    record: WorkshopRecord,
    actor: Actor,
    input: { stepId: ContributionStepId; id: string },
  ): Promise<Result<void>> {
    if (!this.records.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const row = await this.stores.contributions.get(record.workshop.id, input.stepId, input.id);
    if (!row) return err("contribution.notFound", { id: input.id });
    const hidden = hideContribution(row.value, this.records.facilitatorKey(record, actor), this.clock());
    if (!hidden.ok) return hidden;
    await this.stores.contributions.save({ ...hidden.value, proxy: row.value.proxy }, row.etag);
    return ok(undefined);
  }

  /**
   * Shows a hidden contribution again. Already visible counts as done, so a resent click or a
   * second facilitator doing the same thing gets the same result instead of an error.
   */
  async unhide(
    campaign: Campaign,
    record: WorkshopRecord,
    actor: Actor,
    input: { stepId: ContributionStepId; id: string },
  ): Promise<Result<void>> {
    if (!this.records.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const row = await this.stores.contributions.get(record.workshop.id, input.stepId, input.id);
    if (!row) return err("contribution.notFound", { id: input.id });
    const shown = unhideContribution(row.value, this.records.facilitatorKey(record, actor), this.clock());
    if (!shown.ok) return shown.error.code === "contribution.notHidden" ? ok(undefined) : shown;
    await this.stores.contributions.save({ ...shown.value, proxy: row.value.proxy }, row.etag);
    return ok(undefined);
  }

  async edit(
    campaign: Campaign,
    record: WorkshopRecord,
    actor: Actor,
    input: { stepId: ContributionStepId; id: string; text?: string; tag?: CommitParty },
  ): Promise<Result<void>> {
    if (!this.records.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const row = await this.stores.contributions.get(record.workshop.id, input.stepId, input.id);
    if (!row) return err("contribution.notFound", { id: input.id });
    const edit = {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.tag !== undefined ? { tag: input.tag } : {}),
    };
    const edited = editContribution(
      row.value,
      edit,
      this.records.facilitatorKey(record, actor),
      this.clock(),
      record.workshop.settings.maxContributionLength,
    );
    if (!edited.ok) return edited;
    await this.stores.contributions.save({ ...edited.value, proxy: row.value.proxy }, row.etag);
    return ok(undefined);
  }

  /** The facilitator rewrites a kept priority as a commitment (workshop 3, commitments step). */
  async saveCommitment(
    campaign: Campaign,
    record: WorkshopRecord,
    actor: Actor,
    input: { sourceItemId: string; party: string; text: string },
  ): Promise<Result<Versioned<WorkshopRecord>>> {
    if (!this.records.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const view = currentStep(record.workshop);
    if (view.screen !== "step" || view.step.type !== "commitments") return err("workshop.notCommitmentsStep");
    const checked = checkCommitment(input, record.workshop.settings.maxContributionLength);
    if (!checked.ok) return checked;
    const kept = await this.results.keptPriorities(record);
    if (!kept.some((k) => k.id === input.sourceItemId))
      return err("workshop.unknownItem", { itemId: input.sourceItemId });
    const commitment: CommitmentRecord = { sourceItemId: input.sourceItemId, ...checked.value };
    const saved = await this.stores.workshops.update(campaign.id, record.workshop.kind, (r) => {
      const others = r.commitments.filter((c) => c.sourceItemId !== input.sourceItemId);
      const order = kept.map((k) => k.id);
      return {
        ...r,
        commitments: [...others, commitment].sort(
          (a, b) => order.indexOf(a.sourceItemId) - order.indexOf(b.sourceItemId),
        ),
      };
    });
    if (!saved) return err("workshop.notFound");
    return ok(saved);
  }
}

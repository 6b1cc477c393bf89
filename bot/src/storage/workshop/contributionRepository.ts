import type { Contribution, ContributionStepId } from "../../domain/contributions";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { odataString, tableKey } from "../tableKey";
import { BoundedMap } from "./boundedMap";
import { submitBatch } from "./documentBatch";
import { KeyedQueue } from "./keyedQueue";

/** A contribution as stored: the domain item (pseudonymous key only) and whether the facilitator typed it for someone. */
export interface StoredContribution extends Contribution {
  readonly proxy: boolean;
}

/**
 * One participant's entries on one step, as they gave them: what the step's limit counts and what
 * their own card lists. Keyed by the pseudonymous participant key, like the contributions; it sits
 * in the contributions' partition (without their `step` column, so their queries never return it)
 * and is written in the same transaction as each new contribution.
 */
export interface ContributionSheet {
  readonly workshopId: string;
  readonly stepId: ContributionStepId;
  readonly participantKey: string;
  readonly entries: readonly SheetEntry[];
}

export interface SheetEntry {
  readonly id: string;
  readonly text: string;
  readonly createdAt: string;
}

/** `added`: stored by this call; `replayed`: stored before (a resent invoke); `full`: the limit is reached. */
export type AddOutcome = { readonly kind: "added" | "replayed" | "full"; readonly entries: readonly SheetEntry[] };

const TABLE = "workshopContributions";
const ADD_ATTEMPTS = 12;
const CACHED_SHEETS = 20_000;

/**
 * One entity per contribution, inserted once under a key derived from the participant key and the
 * request id: Teams resending an invoke lands on the same row and adds nothing.
 */
export class ContributionRepository {
  private readonly table: DocumentTable<StoredContribution>;
  private readonly sheetTable: DocumentTable<ContributionSheet>;
  // The sheets this instance wrote or read last, with their ETags: the next entry of the same
  // person is one write, no read. A stale copy (another instance wrote since) is refused by its
  // ETag and read again; it can only lack entries, never have one too many (sheets only grow).
  private readonly sheets = new BoundedMap<string, Versioned<ContributionSheet>>(CACHED_SHEETS);
  private readonly turns = new KeyedQueue();

  constructor(private readonly clients: TableClients) {
    this.table = new DocumentTable<StoredContribution>(clients, TABLE);
    this.sheetTable = new DocumentTable<ContributionSheet>(clients, TABLE);
  }

  private static rowKey(stepId: ContributionStepId, id: string): string {
    return `${stepId}~${id}`;
  }

  private static sheetKey(stepId: ContributionStepId, participantKey: string): string {
    return tableKey(`sheet~${stepId}~${participantKey}`);
  }

  insertOnce(item: StoredContribution): Promise<boolean> {
    return this.table.insertOnce(tableKey(item.workshopId), ContributionRepository.rowKey(item.stepId, item.id), item, {
      step: item.stepId,
      participant: item.participantKey,
    });
  }

  /**
   * Adds the item unless its author already has `max` entries on the step, in one request: the
   * item's insert-once and the author's sheet (ETag-conditional) in one transaction, so the limit
   * holds exactly across instances, and a resent request (same deterministic id) adds nothing.
   * No read in the common case: the sheet comes from this instance's cache, or is assumed new.
   */
  add(item: StoredContribution, max: number): Promise<AddOutcome> {
    const partition = tableKey(item.workshopId);
    const sheetKey = ContributionRepository.sheetKey(item.stepId, item.participantKey);
    const cacheKey = `${partition}|${sheetKey}`;
    return this.turns.run(cacheKey, async () => {
      let sheet = this.sheets.get(cacheKey);
      for (let attempt = 1; attempt <= ADD_ATTEMPTS; attempt++) {
        const entries = sheet?.value.entries ?? [];
        if (entries.some((e) => e.id === item.id)) return { kind: "replayed", entries };
        if (entries.length >= max) return { kind: "full", entries };
        const next: ContributionSheet = {
          workshopId: item.workshopId,
          stepId: item.stepId,
          participantKey: item.participantKey,
          entries: [...entries, { id: item.id, text: item.text, createdAt: item.createdAt }],
        };
        const written = await submitBatch(this.clients, TABLE, partition, [
          sheet
            ? { op: "replace", rowKey: sheetKey, value: next, etag: sheet.etag }
            : { op: "create", rowKey: sheetKey, value: next },
          {
            op: "create",
            rowKey: ContributionRepository.rowKey(item.stepId, item.id),
            value: item,
            index: { step: item.stepId, participant: item.participantKey },
          },
        ]);
        if (written.ok) {
          const etag = written.etags[0];
          if (etag) this.sheets.set(cacheKey, { value: next, etag });
          else this.sheets.delete(cacheKey);
          return { kind: "added", entries: next.entries };
        }
        // Refused: the sheet moved on (another instance, a restart), or the item's row exists.
        const seen = sheet;
        sheet = await this.sheetTable.get(partition, sheetKey);
        if (sheet) this.sheets.set(cacheKey, sheet);
        else this.sheets.delete(cacheKey);
        if (sheet?.value.entries.some((e) => e.id === item.id))
          return { kind: "replayed", entries: sheet.value.entries };
        // The sheet is as this call knew it, so the item's own row refused the insert: it was
        // stored before sheets existed (a workshop running across the upgrade). A replay all the same.
        if (sheet?.etag === seen?.etag) return { kind: "replayed", entries: sheet?.value.entries ?? [] };
      }
      throw new Error(
        `Contribution to ${item.workshopId}/${item.stepId} kept conflicting after ${ADD_ATTEMPTS} attempts`,
      );
    });
  }

  /** The author's entries as this instance last knew them, when they include `id` (a replay this instance saw stored); no I/O. */
  recalled(
    item: Pick<StoredContribution, "workshopId" | "stepId" | "participantKey" | "id">,
  ): readonly SheetEntry[] | undefined {
    const sheet = this.sheets.get(
      `${tableKey(item.workshopId)}|${ContributionRepository.sheetKey(item.stepId, item.participantKey)}`,
    );
    return sheet?.value.entries.some((e) => e.id === item.id) ? sheet.value.entries : undefined;
  }

  async mine(workshopId: string, stepId: ContributionStepId, participantKey: string): Promise<StoredContribution[]> {
    const rows = await this.table.query(
      `PartitionKey eq '${odataString(tableKey(workshopId))}' and step eq '${stepId}' and participant eq '${odataString(participantKey)}'`,
    );
    return rows.map((r) => r.value);
  }

  async forStep(workshopId: string, stepId: ContributionStepId): Promise<Versioned<StoredContribution>[]> {
    return this.table.query(`PartitionKey eq '${odataString(tableKey(workshopId))}' and step eq '${stepId}'`);
  }

  async get(
    workshopId: string,
    stepId: ContributionStepId,
    id: string,
  ): Promise<Versioned<StoredContribution> | undefined> {
    return this.table.get(tableKey(workshopId), ContributionRepository.rowKey(stepId, id));
  }

  /** Conditional write of an edited item (merge, hide, edit): ConcurrencyError if it changed meanwhile. */
  save(item: StoredContribution, etag: string): Promise<string> {
    return this.table.replace(
      tableKey(item.workshopId),
      ContributionRepository.rowKey(item.stepId, item.id),
      item,
      etag,
      { step: item.stepId, participant: item.participantKey },
    );
  }

  delete(item: StoredContribution): Promise<boolean> {
    return this.table.delete(tableKey(item.workshopId), ContributionRepository.rowKey(item.stepId, item.id));
  }
}

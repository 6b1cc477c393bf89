import type { Contribution, ContributionStepId } from "../../domain/contributions";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { odataString, tableKey } from "../tableKey";

/** A contribution as stored: the domain item (pseudonymous key only) and whether the facilitator typed it for someone. */
export interface StoredContribution extends Contribution {
  readonly proxy: boolean;
}

/**
 * One entity per contribution, inserted once under a key derived from the participant key and the
 * request id: Teams resending an invoke lands on the same row and adds nothing.
 */
export class ContributionRepository {
  private readonly table: DocumentTable<StoredContribution>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<StoredContribution>(clients, "workshopContributions");
  }

  private static rowKey(stepId: ContributionStepId, id: string): string {
    return `${stepId}~${id}`;
  }

  insertOnce(item: StoredContribution): Promise<boolean> {
    return this.table.insertOnce(tableKey(item.workshopId), ContributionRepository.rowKey(item.stepId, item.id), item, { step: item.stepId, participant: item.participantKey });
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

  async get(workshopId: string, stepId: ContributionStepId, id: string): Promise<Versioned<StoredContribution> | undefined> {
    return this.table.get(tableKey(workshopId), ContributionRepository.rowKey(stepId, id));
  }

  /** Conditional write of an edited item (merge, hide, edit): ConcurrencyError if it changed meanwhile. */
  save(item: StoredContribution, etag: string): Promise<string> {
    return this.table.replace(tableKey(item.workshopId), ContributionRepository.rowKey(item.stepId, item.id), item, etag, { step: item.stepId, participant: item.participantKey });
  }

  delete(item: StoredContribution): Promise<boolean> {
    return this.table.delete(tableKey(item.workshopId), ContributionRepository.rowKey(item.stepId, item.id));
  }
}

import type { Vote } from "../../domain/votes";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { odataString, tableKey } from "../tableKey";

/**
 * One participant's dots on one vote step. Written with its ETag: two parallel clicks of the same
 * person cannot both spend the last dot. `requests` remembers the last request ids applied, so a
 * resent invoke is recognised and changes nothing.
 */
export interface ParticipantBallot {
  readonly workshopId: string;
  readonly stepId: string;
  readonly participantKey: string;
  readonly proxy: boolean;
  readonly votes: readonly Vote[];
  readonly requests: readonly string[];
}

export class BallotRepository {
  private readonly table: DocumentTable<ParticipantBallot>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<ParticipantBallot>(clients, "workshopBallots");
  }

  private static rowKey(stepId: string, participantKey: string): string {
    return tableKey(`${stepId}~${participantKey}`);
  }

  get(workshopId: string, stepId: string, participantKey: string): Promise<Versioned<ParticipantBallot> | undefined> {
    return this.table.get(tableKey(workshopId), BallotRepository.rowKey(stepId, participantKey));
  }

  insertOnce(ballot: ParticipantBallot): Promise<boolean> {
    return this.table.insertOnce(tableKey(ballot.workshopId), BallotRepository.rowKey(ballot.stepId, ballot.participantKey), ballot, { step: ballot.stepId });
  }

  save(ballot: ParticipantBallot, etag: string): Promise<string> {
    return this.table.replace(tableKey(ballot.workshopId), BallotRepository.rowKey(ballot.stepId, ballot.participantKey), ballot, etag, { step: ballot.stepId });
  }

  async forStep(workshopId: string, stepId: string): Promise<ParticipantBallot[]> {
    const rows = await this.table.query(`PartitionKey eq '${odataString(tableKey(workshopId))}' and step eq '${odataString(stepId)}'`);
    return rows.map((r) => r.value);
  }
}

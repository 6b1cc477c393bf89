import type { Vote } from "../../domain/votes";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { odataString, tableKey } from "../tableKey";
import { BoundedMap } from "./boundedMap";
import { submitBatch } from "./documentBatch";
import { KeyedQueue } from "./keyedQueue";

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

/** What a change decides from the ballot as it is: write a new one, answer with it as it is (a replay), or refuse. */
export type BallotDecision<E> =
  { readonly write: ParticipantBallot } | { readonly answer: ParticipantBallot } | { readonly refuse: E };

const TABLE = "workshopBallots";
const CHANGE_ATTEMPTS = 12;
const CACHED_BALLOTS = 20_000;

export class BallotRepository {
  private readonly table: DocumentTable<ParticipantBallot>;
  // The ballots this instance wrote or read last, with their ETags: the next dot of the same person
  // is one conditional write, no read. A stale copy is refused by its ETag (412) and read again.
  private readonly cached = new BoundedMap<string, Versioned<ParticipantBallot>>(CACHED_BALLOTS);
  private readonly turns = new KeyedQueue();

  constructor(private readonly clients: TableClients) {
    this.table = new DocumentTable<ParticipantBallot>(clients, TABLE);
  }

  private static rowKey(stepId: string, participantKey: string): string {
    return tableKey(`${stepId}~${participantKey}`);
  }

  get(workshopId: string, stepId: string, participantKey: string): Promise<Versioned<ParticipantBallot> | undefined> {
    return this.table.get(tableKey(workshopId), BallotRepository.rowKey(stepId, participantKey));
  }

  /**
   * Read-decide-write of one ballot, atomic per ballot (ETag), without a read in the common case:
   * `decide` first sees this instance's cached copy (or `empty` when this instance never saw the
   * ballot, so a first dot is a plain insert-once). A refusal decided on a copy that was not read
   * in this call is checked again on a fresh read, since another instance may have freed a dot.
   * A replay (`answer`) needs no such check: request ids are only ever added.
   */
  change<E>(
    empty: ParticipantBallot,
    decide: (current: ParticipantBallot) => BallotDecision<E>,
  ): Promise<{ readonly ok: true; readonly ballot: ParticipantBallot } | { readonly ok: false; readonly error: E }> {
    const partition = tableKey(empty.workshopId);
    const rowKey = BallotRepository.rowKey(empty.stepId, empty.participantKey);
    const cacheKey = `${partition}|${rowKey}`;
    return this.turns.run(cacheKey, async () => {
      let current = this.cached.get(cacheKey);
      let fresh = false;
      for (let attempt = 1; attempt <= CHANGE_ATTEMPTS; attempt++) {
        const decision = decide(current?.value ?? empty);
        if ("answer" in decision) return { ok: true, ballot: decision.answer };
        if ("refuse" in decision) {
          if (fresh) return { ok: false, error: decision.refuse };
          current = await this.reread(partition, rowKey, cacheKey);
          fresh = true;
          continue;
        }
        const index = { step: empty.stepId };
        const written = await submitBatch(this.clients, TABLE, partition, [
          current
            ? { op: "replace", rowKey, value: decision.write, etag: current.etag, index }
            : { op: "create", rowKey, value: decision.write, index },
        ]);
        if (written.ok) {
          const etag = written.etags[0];
          if (etag) this.cached.set(cacheKey, { value: decision.write, etag });
          else this.cached.delete(cacheKey);
          return { ok: true, ballot: decision.write };
        }
        // Someone wrote it since (another instance, a parallel click elsewhere, or this very write
        // replayed by the storage client after a cut connection: its request id then shows).
        current = await this.reread(partition, rowKey, cacheKey);
        fresh = true;
      }
      throw new Error(`Vote on ${empty.workshopId}/${empty.stepId} kept conflicting after ${CHANGE_ATTEMPTS} attempts`);
    });
  }

  private async reread(
    partition: string,
    rowKey: string,
    cacheKey: string,
  ): Promise<Versioned<ParticipantBallot> | undefined> {
    const read = await this.table.get(partition, rowKey);
    if (read) this.cached.set(cacheKey, read);
    else this.cached.delete(cacheKey);
    return read;
  }

  insertOnce(ballot: ParticipantBallot): Promise<boolean> {
    return this.table.insertOnce(
      tableKey(ballot.workshopId),
      BallotRepository.rowKey(ballot.stepId, ballot.participantKey),
      ballot,
      { step: ballot.stepId },
    );
  }

  save(ballot: ParticipantBallot, etag: string): Promise<string> {
    return this.table.replace(
      tableKey(ballot.workshopId),
      BallotRepository.rowKey(ballot.stepId, ballot.participantKey),
      ballot,
      etag,
      { step: ballot.stepId },
    );
  }

  async forStep(workshopId: string, stepId: string): Promise<ParticipantBallot[]> {
    const rows = await this.table.query(
      `PartitionKey eq '${odataString(tableKey(workshopId))}' and step eq '${odataString(stepId)}'`,
    );
    return rows.map((r) => r.value);
  }
}

import { buildPrioritiesBallot, buildQualitiesBallot, type Origin } from "../../domain/ballots";
import { visibleContributions, type ContributionStepId } from "../../domain/contributions";
import { ok, type DomainError, type Result } from "../../domain/result";
import { castVote, retractVote, type BallotState } from "../../domain/votes";
import { requireOpenStep } from "../../domain/workshopMachine";
import type { BallotDecision, ParticipantBallot } from "../../storage/workshop/ballotRepository";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import { workshopIdOf, type WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { BallotLine } from "../../contracts/workshopResults";
import type { VoteStepId } from "../../contracts/workshopApi";
import type { Clock } from "../clock";
import type { Subject } from "./participantKey";
import type { WorkshopRecords } from "./workshopRecords";

export type { VoteStepId };

export interface VoteInput {
  readonly stepId: VoteStepId;
  readonly itemId: string;
  readonly requestId: string;
  readonly retract: boolean;
}

const MAX_REMEMBERED_REQUESTS = 200;
function contributionSource(stepId: VoteStepId): ContributionStepId {
  return stepId === "qualitiesVote" ? "ideal" : "actions";
}

/**
 * The workshop use cases: load → check policy → apply the domain rule → save (insert-once or ETag).
 * Identities come in as Subjects and leave as pseudonymous keys; nothing returned names an author.

/** Dot votes: the ballot of a vote step, and one participant's dots cast or taken back. */
export class WorkshopVotes {
  // Workshop 3 ballots come from ended workshops 1 and 2, so they are cached per pointer revision.
  private readonly ballotCache = new Map<string, BallotLine[]>();

  constructor(
    private readonly stores: WorkshopStores,
    private readonly records: WorkshopRecords,
    private readonly clock: Clock,
  ) {}

  /**
   * Casts or retracts one dot: one conditional write of the participant's ballot in the common case
   * (see BallotRepository.change), so the budget holds under parallel votes on any instances.
   */
  async vote(
    record: WorkshopRecord,
    subject: Subject,
    input: VoteInput,
    proxy: boolean,
  ): Promise<Result<ParticipantBallot>> {
    const key = this.records.keyOf(record, subject);
    if (!key.ok) return key;
    const step = requireOpenStep(record.workshop, input.stepId, "vote");
    if (!step.ok) return step;
    const lines = await this.ballot(record, input.stepId);
    const itemIds = lines.map((l) => l.id);
    const workshopId = record.workshop.id;
    const empty: ParticipantBallot = {
      workshopId,
      stepId: input.stepId,
      participantKey: key.value,
      proxy,
      votes: [],
      requests: [],
    };
    const changed = await this.stores.ballots.change<DomainError>(empty, (base): BallotDecision<DomainError> => {
      if (base.requests.includes(input.requestId)) return { answer: base };
      const state: BallotState = {
        ballotId: `${workshopId}/${input.stepId}`,
        itemIds,
        budget: step.value.budget,
        maxPerItem: step.value.maxPerItem,
        votes: base.votes,
      };
      const next = input.retract
        ? retractVote(state, key.value, input.itemId, this.clock())
        : castVote(state, key.value, input.itemId, this.clock());
      if (!next.ok) return { refuse: next.error };
      return {
        write: {
          ...base,
          votes: next.value.votes,
          requests: [...base.requests, input.requestId].slice(-MAX_REMEMBERED_REQUESTS),
        },
      };
    });
    if (!changed.ok) return { ok: false, error: changed.error };
    await this.records.recordAttendee(record, subject, key.value);
    return ok(changed.ballot);
  }

  /** Lines of a vote step's ballot, in a neutral order. */
  async ballot(record: WorkshopRecord, stepId: VoteStepId): Promise<BallotLine[]> {
    const workshop = record.workshop;
    if (stepId === "actionsVote") {
      const origin: Origin = workshop.kind === 1 ? "agents" : "usagers";
      const items = visibleContributions(
        (await this.stores.contributions.forStep(workshop.id, "actions")).map((v) => v.value),
      );
      return items.map((c) => ({ id: c.id, text: c.text, origin, ...(c.tag ? { commits: c.tag } : {}) }));
    }
    const cacheKey = `${workshop.id}|${stepId}|${workshop.revision}`;
    const cached = this.ballotCache.get(cacheKey);
    if (cached) return cached;
    const source = contributionSource(stepId);
    const [w1, w2] = await Promise.all(
      ([1, 2] as const).map(async (k) =>
        (await this.stores.contributions.forStep(workshopIdOf(workshop.campaignId, k), source)).map((v) => v.value),
      ),
    );
    const lines: BallotLine[] =
      stepId === "qualitiesVote"
        ? buildQualitiesBallot(w1 ?? [], w2 ?? []).map((b) => ({ id: b.id, text: b.text, origin: b.origin }))
        : buildPrioritiesBallot(w1 ?? [], w2 ?? []).map((b) => ({
            id: b.id,
            text: b.text,
            origin: b.origin,
            commits: b.commits,
          }));
    if (this.ballotCache.size > 100) this.ballotCache.clear();
    this.ballotCache.set(cacheKey, lines);
    return lines;
  }
}

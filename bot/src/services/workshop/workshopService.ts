import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import type { Result } from "../../domain/result";
import type { FacilitatorCommand } from "../../domain/workshopMachine";
import type { Logger } from "../../logging/logger";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { Versioned } from "../../storage/documentTable";
import type { ParticipantBallot } from "../../storage/workshop/ballotRepository";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { BallotLine, StepResults } from "../../contracts/workshopResults";
import type { Clock } from "../clock";
import type { Actor } from "../policy";
import type { Subject } from "./participantKey";
import { WorkshopCommands } from "./workshopCommands";
import { WorkshopContributions, type ContributionInput, type MyEntry } from "./workshopContributions";
import { WorkshopModeration } from "./workshopModeration";
import { WorkshopRecords } from "./workshopRecords";
import { WorkshopResults } from "./workshopResults";
import { WorkshopSettingsService } from "./workshopSettingsService";
import { WorkshopVotes, type VoteInput, type VoteStepId } from "./workshopVotes";

export { WORKSHOP_FRESH_MS, WORKSHOP_STATES } from "./workshopRecords";

/**
 * The workshop use cases, one part per concern, sharing one per-instance copy of each workshop:
 * load → check policy → apply the domain rule → save (insert-once or ETag). Identities come in as
 * Subjects and leave as pseudonymous keys; nothing returned names an author.
 */
export class WorkshopService {
  readonly records: WorkshopRecords;
  readonly commands: WorkshopCommands;
  readonly contributions: WorkshopContributions;
  readonly votes: WorkshopVotes;
  readonly results: WorkshopResults;
  readonly moderation: WorkshopModeration;
  readonly settings: WorkshopSettingsService;

  constructor(stores: WorkshopStores, campaigns: CampaignRepository, clock: Clock, logger: Logger) {
    this.records = new WorkshopRecords(stores, campaigns, logger);
    this.commands = new WorkshopCommands(stores, this.records, clock);
    this.contributions = new WorkshopContributions(stores, this.records, clock);
    this.votes = new WorkshopVotes(stores, this.records, clock);
    this.results = new WorkshopResults(stores, this.records, this.votes);
    this.moderation = new WorkshopModeration(stores, this.records, this.results, clock);
    this.settings = new WorkshopSettingsService(stores);
  }

  // The few calls the dev demo and the campaign's moves make, kept by name until they use the parts.

  /** @deprecated records.load */
  load(campaignId: string, kind: WorkshopNumber): Promise<Versioned<WorkshopRecord> | undefined> {
    return this.records.load(campaignId, kind);
  }

  /** @deprecated commands.command */
  command(
    campaign: Campaign,
    kind: WorkshopNumber,
    actor: Actor,
    command: FacilitatorCommand,
    seenRevision: number,
  ): Promise<Result<{ record: Versioned<WorkshopRecord>; changed: boolean }>> {
    return this.commands.command(campaign, kind, actor, command, seenRevision);
  }

  /** @deprecated contributions.contribute */
  contribute(
    record: WorkshopRecord,
    subject: Subject,
    input: ContributionInput,
    proxy: boolean,
  ): Promise<Result<{ id: string; mine: readonly MyEntry[] }>> {
    return this.contributions.contribute(record, subject, input, proxy);
  }

  /** @deprecated contributions.answerScale */
  answerScale(
    record: WorkshopRecord,
    subject: Subject,
    input: { value: number; comment?: string },
    proxy: boolean,
  ): Promise<Result<{ value: number; comment?: string }>> {
    return this.contributions.answerScale(record, subject, input, proxy);
  }

  /** @deprecated votes.vote */
  vote(record: WorkshopRecord, subject: Subject, input: VoteInput, proxy: boolean): Promise<Result<ParticipantBallot>> {
    return this.votes.vote(record, subject, input, proxy);
  }

  /** @deprecated votes.ballot */
  ballot(record: WorkshopRecord, stepId: VoteStepId): Promise<BallotLine[]> {
    return this.votes.ballot(record, stepId);
  }

  /** @deprecated results.voteResults */
  voteResults(record: WorkshopRecord, stepId: VoteStepId): Promise<Extract<StepResults, { type: "vote" }>> {
    return this.results.voteResults(record, stepId);
  }

  /** @deprecated moderation.saveCommitment */
  saveCommitment(
    campaign: Campaign,
    record: WorkshopRecord,
    actor: Actor,
    input: { sourceItemId: string; party: string; text: string },
  ): Promise<Result<Versioned<WorkshopRecord>>> {
    return this.moderation.saveCommitment(campaign, record, actor, input);
  }
}

import { buildPrioritiesBallot, buildQualitiesBallot, type Origin } from "../../domain/ballots";
import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import {
  addContribution,
  editContribution,
  hideContribution,
  mergeContributions,
  unhideContribution,
  visibleContributions,
  type ContributionStepId,
} from "../../domain/contributions";
import { answerScale, scaleSummary, type ScaleSummary } from "../../domain/scale";
import { castVote, retractVote, tally, topN, type BallotState } from "../../domain/votes";
import {
  applyCommand,
  createWorkshop,
  currentStep,
  requireOpenStep,
  type FacilitatorCommand,
} from "../../domain/workshopMachine";
import {
  defaultWorkshopSettings,
  validateWorkshopSettings,
  type WorkshopSettings,
} from "../../domain/workshopSettings";
import { COMMIT_PARTIES, type CommitParty, type StepId } from "../../domain/workshopTemplate";
import type { Logger } from "../../logging/logger";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { Versioned } from "../../storage/documentTable";
import { ConcurrencyError } from "../../storage/storageErrors";
import { BoundedMap } from "../../storage/workshop/boundedMap";
import type { SheetEntry, StoredContribution } from "../../storage/workshop/contributionRepository";
import type { BallotDecision, ParticipantBallot } from "../../storage/workshop/ballotRepository";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import {
  workshopIdOf,
  type CommitmentRecord,
  type PostedCard,
  type WorkshopRecord,
} from "../../storage/workshop/workshopRepository";
import type { Clock } from "../clock";
import { can, type Actor } from "../policy";
import { err, ok, type DomainError, type Result } from "../../domain/result";
import {
  contributionId,
  newJoinCode,
  newSecret,
  participantKey,
  verifyDeviceToken,
  type Subject,
} from "./participantKey";

export const WORKSHOP_STATES: Readonly<Record<string, WorkshopNumber>> = { workshop1: 1, workshop2: 2, workshop3: 3 };

/** A ballot line as participants see it; never says who proposed it. */
/** The per-campaign settings as the tab's form edits them. */
export interface SettingsForm {
  readonly settings: WorkshopSettings;
  /** The stored version (ETag), or null while the campaign uses the built-in method. */
  readonly version: string | null;
  readonly canEdit: boolean;
  /** Workshops already created: they keep the settings they started with. */
  readonly startedWorkshops: readonly WorkshopNumber[];
}

export interface BallotLine {
  readonly id: string;
  readonly text: string;
  readonly origin?: Origin;
  readonly commits?: CommitParty;
}

/** A contribution as anyone may see it: text, weight, tag. No participant key, ever. */
export interface PublicItem {
  readonly id: string;
  readonly text: string;
  readonly weight: number;
  readonly tag?: CommitParty;
  readonly proxy: boolean;
}

export type StepResults =
  | { readonly type: "contributions"; readonly items: readonly PublicItem[] }
  | { readonly type: "scale"; readonly summary: ScaleSummary }
  | {
      readonly type: "vote";
      readonly lines: readonly (BallotLine & { readonly count: number })[];
      readonly kept: readonly string[];
      readonly voters: number;
    }
  | {
      readonly type: "commitments";
      readonly priorities: readonly BallotLine[];
      readonly commitments: readonly CommitmentRecord[];
    }
  | { readonly type: "none" };

/** What one participant has done on the current step, shown only to them. */
export interface PersonalState {
  readonly entries: readonly string[];
  readonly scale?: { readonly value: number; readonly comment?: string };
  readonly votes: Readonly<Record<string, number>>;
  readonly dotsLeft?: number;
}

/** One of a participant's own entries on a step, as their card lists it. */
export type MyEntry = Pick<SheetEntry, "text" | "createdAt">;

export interface ContributionInput {
  readonly stepId: ContributionStepId;
  readonly text: string;
  readonly tag?: string;
  readonly requestId: string;
}

export interface VoteInput {
  readonly stepId: "actionsVote" | "qualitiesVote" | "prioritiesVote";
  readonly itemId: string;
  readonly requestId: string;
  readonly retract: boolean;
}

const MAX_REMEMBERED_REQUESTS = 200;

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

function contributionSource(stepId: "actionsVote" | "qualitiesVote" | "prioritiesVote"): ContributionStepId {
  return stepId === "qualitiesVote" ? "ideal" : "actions";
}

/**
 * The workshop use cases: load → check policy → apply the domain rule → save (insert-once or ETag).
 * Identities come in as Subjects and leave as pseudonymous keys; nothing returned names an author.
 */
export class WorkshopService {
  // Workshop 3 ballots come from ended workshops 1 and 2, so they are cached per pointer revision.
  private readonly ballotCache = new Map<string, BallotLine[]>();
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
    private readonly clock: Clock,
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

  private remember(
    campaignId: string,
    kind: WorkshopNumber,
    record: Versioned<WorkshopRecord> | undefined,
    at: number,
  ): void {
    const key = workshopIdOf(campaignId, kind);
    if (!record) return this.records.delete(key);
    // A slow read must not put back an older pointer than one already known here.
    const known = this.records.get(key);
    if (known && known.record.value.workshop.revision > record.value.workshop.revision) return;
    this.records.set(key, { record, at });
  }

  /** Starts (creates) or resumes the workshop the campaign is at. Creating twice is harmless: the first wins. */
  async open(campaign: Campaign, actor: Actor): Promise<Result<Versioned<WorkshopRecord>>> {
    if (!this.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
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
    const created = await this.load(campaign.id, kind);
    if (!created) throw new Error(`Workshop ${workshop.id} vanished right after creation`);
    return ok(created);
  }

  async rememberCard(campaignId: string, kind: WorkshopNumber, card: PostedCard): Promise<void> {
    await this.stores.workshops.rememberCard(campaignId, kind, card);
    // The participants' copy learns of the card (live counts follow it) at its next read.
    this.records.delete(workshopIdOf(campaignId, kind));
  }

  /** The settings the campaign's next workshop will use: the coordinator's, or the built-in method. */
  async settingsOf(campaignId: string): Promise<WorkshopSettings> {
    return (await this.stores.settings.get(campaignId)) ?? defaultWorkshopSettings();
  }

  /** What the settings form needs: the settings and their version, who may edit, and which workshops already keep a snapshot. */
  async settingsForm(campaign: Campaign, actor: Actor): Promise<SettingsForm> {
    const [stored, ...workshops] = await Promise.all([
      this.stores.settings.versioned(campaign.id),
      ...([1, 2, 3] as const).map((kind) => this.stores.workshops.get(campaign.id, kind)),
    ]);
    return {
      settings: stored?.value ?? defaultWorkshopSettings(),
      version: stored?.etag ?? null,
      canEdit: can(actor, "campaign.edit", campaign),
      startedWorkshops: ([1, 2, 3] as const).filter((_, i) => workshops[i] !== undefined),
    };
  }

  /**
   * Saves edited settings (checked by the domain); workshops already created keep their snapshot.
   * With `expectedVersion` (null: the built-in settings), someone else's save in between is refused.
   */
  async saveSettings(
    campaign: Campaign,
    actor: Actor,
    settings: WorkshopSettings,
    expectedVersion?: string | null,
  ): Promise<Result<{ settings: WorkshopSettings; version: string }>> {
    if (!can(actor, "campaign.edit", campaign)) return err("workshopSettings.forbidden");
    const checked = validateWorkshopSettings(settings);
    if (!checked.ok) return checked;
    try {
      const version = await this.stores.settings.save(campaign.id, checked.value, expectedVersion);
      return ok({ settings: checked.value, version });
    } catch (error) {
      if (error instanceof ConcurrencyError) return err("workshopSettings.staleVersion");
      throw error;
    }
  }

  /** The workshop behind a join code, while it has not ended. */
  async byJoinCode(code: string): Promise<Result<Versioned<WorkshopRecord>>> {
    const entry = this.joinCodes.get(code) ?? (await this.stores.joinCodes.find(code));
    if (!entry) return err("joinCode.notFound");
    this.joinCodes.set(code, entry);
    const record = await this.current(entry.campaignId, entry.kind);
    if (!record || record.value.joinCode !== code) return err("joinCode.notFound");
    if (record.value.workshop.pointer.phase === "ended") return err("joinCode.expired");
    return ok(record);
  }

  keyOf(record: WorkshopRecord, subject: Subject): Result<string> {
    if (subject.kind === "device" && !verifyDeviceToken(record.secret, subject.token))
      return err("joinDevice.forbidden");
    return ok(participantKey(record.secret, subject));
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
    if (!this.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const current = await this.load(campaign.id, kind);
    if (!current) return err("workshop.notFound");
    if (current.value.workshop.revision !== seenRevision) return ok({ record: current, changed: false });
    const next = applyCommand(current.value.workshop, command, this.clock());
    if (!next.ok) return next;
    const record = { ...current.value, workshop: next.value };
    try {
      const at = performance.now();
      const etag = await this.stores.workshops.save(record, current.etag);
      // This instance's participants see the new pointer at once.
      this.remember(campaign.id, kind, { value: record, etag }, at);
      return ok({ record: { value: record, etag }, changed: true });
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      const latest = await this.load(campaign.id, kind);
      if (!latest) return err("workshop.notFound");
      return ok({ record: latest, changed: false });
    }
  }

  /**
   * One request in the common case: the item and its author's sheet in one transaction (see
   * ContributionRepository.add), the answer card built from what was written. Replays add nothing.
   */
  async contribute(
    record: WorkshopRecord,
    subject: Subject,
    input: ContributionInput,
    proxy: boolean,
  ): Promise<Result<{ id: string; mine: readonly MyEntry[] }>> {
    const key = this.keyOf(record, subject);
    if (!key.ok) return key;
    const workshop = record.workshop;
    // The text is part of the id: two different words sent from one card before it refreshed are two items.
    const id = contributionId(record.secret, key.value, `${input.requestId}\n${input.text}`);
    const tag = input.tag === undefined || input.tag === "" ? undefined : input.tag;
    const step = requireOpenStep(workshop, input.stepId, "contributions");
    if (!step.ok) {
      // A resend of an entry stored before input closed is still answered as stored, when this instance stored it.
      const recalled = this.stores.contributions.recalled({
        workshopId: workshop.id,
        stepId: input.stepId,
        participantKey: key.value,
        id,
      });
      return recalled ? ok({ id, mine: recalled }) : step;
    }
    // The domain checks the step, the text and the tag; the count is the sheet's, checked in the write.
    const added = addContribution(
      workshop,
      [],
      { id, stepId: input.stepId, participantKey: key.value, text: input.text, ...(tag !== undefined ? { tag } : {}) },
      this.clock(),
    );
    if (!added.ok) return added;
    const item: StoredContribution = { ...added.value, proxy };
    const max = step.value.maxEntries;
    const stored = await this.stores.contributions.add(item, max);
    if (stored.kind === "full") return err("contribution.tooManyEntries", { max });
    if (stored.kind === "added") await this.recordAttendee(record, subject, key.value);
    return ok({ id, mine: stored.entries });
  }

  async answerScale(
    record: WorkshopRecord,
    subject: Subject,
    input: { value: number; comment?: string },
    proxy: boolean,
  ): Promise<Result<{ value: number; comment?: string }>> {
    const key = this.keyOf(record, subject);
    if (!key.ok) return key;
    const answered = answerScale(
      record.workshop,
      [],
      {
        participantKey: key.value,
        value: input.value,
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
      },
      this.clock(),
    );
    if (!answered.ok) return answered;
    const answer = answered.value[answered.value.length - 1];
    if (!answer) throw new Error("answerScale returned no answer");
    await this.stores.scale.save({ ...answer, proxy });
    await this.recordAttendee(record, subject, key.value);
    return ok({ value: answer.value, ...(answer.comment !== undefined ? { comment: answer.comment } : {}) });
  }

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
    const key = this.keyOf(record, subject);
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
    await this.recordAttendee(record, subject, key.value);
    return ok(changed.ballot);
  }

  /** Teams users who took part, for the participant card's automatic per-user refresh (Teams honours 60). */
  async refreshUserIds(record: WorkshopRecord): Promise<string[]> {
    return (await this.stores.attendees.list(record.workshop.id)).teamsIds.slice(0, 60);
  }

  /** Lines of a vote step's ballot, in a neutral order. */
  async ballot(
    record: WorkshopRecord,
    stepId: "actionsVote" | "qualitiesVote" | "prioritiesVote",
  ): Promise<BallotLine[]> {
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

  /** Dots per line and the kept lines (top N, ties broken by ballot order). */
  async voteResults(
    record: WorkshopRecord,
    stepId: "actionsVote" | "qualitiesVote" | "prioritiesVote",
  ): Promise<Extract<StepResults, { type: "vote" }>> {
    const lines = await this.ballot(record, stepId);
    const ballots = await this.stores.ballots.forStep(record.workshop.id, stepId);
    const order = lines.map((l) => l.id);
    const counts = tally(
      ballots.flatMap((b) => b.votes).filter((v) => order.includes(v.itemId)),
      order,
    );
    const settings = record.workshop.settings;
    const keep =
      stepId === "actionsVote"
        ? settings.actionsVote.keep
        : stepId === "qualitiesVote"
          ? settings.qualitiesVote.keep
          : settings.prioritiesVote.keep;
    const kept = topN(counts, keep, { kind: "order", order }).kept.map((k) => k.itemId);
    return {
      type: "vote",
      lines: lines.map((l) => ({ ...l, count: counts[l.id] ?? 0 })),
      kept,
      voters: ballots.filter((b) => b.votes.length > 0).length,
    };
  }

  async publicItems(workshopId: string, stepId: ContributionStepId): Promise<PublicItem[]> {
    return publicOf((await this.stores.contributions.forStep(workshopId, stepId)).map((v) => v.value));
  }

  /** The current step's results and hidden items, as facilitator cards show them: one query of the contributions, not two. */
  async facilitatorResults(
    record: WorkshopRecord,
  ): Promise<{ results: StepResults; hidden: { id: string; text: string }[] }> {
    const view = currentStep(record.workshop);
    if (view.screen !== "step" || view.step.type !== "contributions")
      return { results: await this.results(record), hidden: [] };
    const stored = (await this.stores.contributions.forStep(record.workshop.id, view.step.id)).map((v) => v.value);
    return { results: { type: "contributions", items: publicOf(stored) }, hidden: hiddenOf(stored) };
  }

  async scaleSummaryOf(workshopId: string): Promise<ScaleSummary> {
    return scaleSummary(await this.stores.scale.all(workshopId));
  }

  /** The current step's results, whatever the phase (the stage shows them live; cards only once revealed). */
  async results(record: WorkshopRecord): Promise<StepResults> {
    const view = currentStep(record.workshop);
    if (view.screen !== "step") return { type: "none" };
    const step = view.step;
    switch (step.type) {
      case "contributions":
        return { type: "contributions", items: await this.publicItems(record.workshop.id, step.id) };
      case "scale":
        return { type: "scale", summary: await this.scaleSummaryOf(record.workshop.id) };
      case "vote":
        return this.voteResults(record, step.id);
      case "commitments":
        return { type: "commitments", priorities: await this.keptPriorities(record), commitments: record.commitments };
    }
  }

  async keptPriorities(record: WorkshopRecord): Promise<BallotLine[]> {
    const results = await this.voteResults(record, "prioritiesVote");
    return results.kept.flatMap((id) => results.lines.filter((l) => l.id === id));
  }

  /** What a participant sees of their own answer right after giving it, without reading it back. */
  personalAfter(
    record: WorkshopRecord,
    change: { mine?: readonly MyEntry[]; scale?: { value: number; comment?: string }; ballot?: ParticipantBallot },
  ): PersonalState | undefined {
    const view = currentStep(record.workshop);
    if (view.screen !== "step") return undefined;
    if (change.mine)
      return {
        entries: [...change.mine].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((c) => c.text),
        votes: {},
      };
    if (change.scale) return { entries: [], votes: {}, scale: change.scale };
    if (change.ballot && view.step.type === "vote")
      return {
        entries: [],
        votes: tally(change.ballot.votes),
        dotsLeft: view.step.budget - change.ballot.votes.length,
      };
    return undefined;
  }

  async personal(record: WorkshopRecord, subject: Subject): Promise<PersonalState> {
    const key = this.keyOf(record, subject);
    const view = currentStep(record.workshop);
    if (!key.ok || view.screen !== "step") return { entries: [], votes: {} };
    const step = view.step;
    if (step.type === "contributions") {
      const mine = await this.stores.contributions.mine(record.workshop.id, step.id, key.value);
      return { entries: mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((c) => c.text), votes: {} };
    }
    if (step.type === "scale") {
      const answer = await this.stores.scale.mine(record.workshop.id, key.value);
      return {
        entries: [],
        votes: {},
        ...(answer
          ? { scale: { value: answer.value, ...(answer.comment !== undefined ? { comment: answer.comment } : {}) } }
          : {}),
      };
    }
    if (step.type === "vote") {
      const ballot = (await this.stores.ballots.get(record.workshop.id, step.id, key.value))?.value;
      const votes = tally(ballot?.votes ?? []);
      return { entries: [], votes, dotsLeft: step.budget - (ballot?.votes.length ?? 0) };
    }
    return { entries: [], votes: {} };
  }

  /** Folds duplicates into one item (facilitator). Every changed item is written with its ETag. */
  async merge(
    campaign: Campaign,
    record: WorkshopRecord,
    actor: Actor,
    input: { stepId: ContributionStepId; keepId: string; mergeIds: readonly string[] },
  ): Promise<Result<void>> {
    if (!this.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const rows = await this.stores.contributions.forStep(record.workshop.id, input.stepId);
    const merged = mergeContributions(
      rows.map((r) => r.value),
      input.keepId,
      input.mergeIds,
      this.facilitatorKey(record, actor),
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
    if (!this.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const row = await this.stores.contributions.get(record.workshop.id, input.stepId, input.id);
    if (!row) return err("contribution.notFound", { id: input.id });
    const hidden = hideContribution(row.value, this.facilitatorKey(record, actor), this.clock());
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
    if (!this.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const row = await this.stores.contributions.get(record.workshop.id, input.stepId, input.id);
    if (!row) return err("contribution.notFound", { id: input.id });
    const shown = unhideContribution(row.value, this.facilitatorKey(record, actor), this.clock());
    if (!shown.ok) return shown.error.code === "contribution.notHidden" ? ok(undefined) : shown;
    await this.stores.contributions.save({ ...shown.value, proxy: row.value.proxy }, row.etag);
    return ok(undefined);
  }

  /** Hidden items of the current contributions step, for the facilitator's views only (never the stage). */
  async hiddenItems(record: WorkshopRecord): Promise<{ id: string; text: string }[]> {
    const view = currentStep(record.workshop);
    if (view.screen !== "step" || view.step.type !== "contributions") return [];
    return hiddenOf((await this.stores.contributions.forStep(record.workshop.id, view.step.id)).map((v) => v.value));
  }

  async edit(
    campaign: Campaign,
    record: WorkshopRecord,
    actor: Actor,
    input: { stepId: ContributionStepId; id: string; text?: string; tag?: CommitParty },
  ): Promise<Result<void>> {
    if (!this.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const row = await this.stores.contributions.get(record.workshop.id, input.stepId, input.id);
    if (!row) return err("contribution.notFound", { id: input.id });
    const edit = {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.tag !== undefined ? { tag: input.tag } : {}),
    };
    const edited = editContribution(
      row.value,
      edit,
      this.facilitatorKey(record, actor),
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
    if (!this.mayFacilitate(actor, campaign)) return err("workshop.forbidden");
    const view = currentStep(record.workshop);
    if (view.screen !== "step" || view.step.type !== "commitments") return err("workshop.notCommitmentsStep");
    if (!(COMMIT_PARTIES as readonly string[]).includes(input.party))
      return err("contribution.tagInvalid", { value: input.party });
    const text = input.text.replace(/\s+/g, " ").trim();
    if (text.length === 0) return err("contribution.empty");
    const max = record.workshop.settings.maxContributionLength;
    if (Array.from(text).length > max) return err("contribution.tooLong", { max, length: Array.from(text).length });
    const kept = await this.keptPriorities(record);
    if (!kept.some((k) => k.id === input.sourceItemId))
      return err("workshop.unknownItem", { itemId: input.sourceItemId });
    const commitment: CommitmentRecord = { sourceItemId: input.sourceItemId, party: input.party as CommitParty, text };
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

  private facilitatorKey(record: WorkshopRecord, actor: Actor): string {
    return participantKey(record.secret, { kind: "teams", aadObjectId: actor.aadObjectId ?? "unknown" });
  }

  private async recordAttendee(record: WorkshopRecord, subject: Subject, key: string): Promise<void> {
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

export type { StepId };

function publicOf(stored: readonly StoredContribution[]): PublicItem[] {
  const proxies = new Set(stored.filter((s) => s.proxy).map((s) => s.id));
  return visibleContributions(stored).map((c) => ({
    id: c.id,
    text: c.text,
    weight: c.weight,
    ...(c.tag ? { tag: c.tag } : {}),
    proxy: proxies.has(c.id),
  }));
}

function hiddenOf(stored: readonly StoredContribution[]): { id: string; text: string }[] {
  return stored.filter((c) => c.hidden && c.mergedInto === undefined).map((c) => ({ id: c.id, text: c.text }));
}

import type { ContributionStepId } from "../../domain/contributions";
import { visibleContributions } from "../../domain/contributions";
import { scaleSummary, type ScaleSummary } from "../../domain/scale";
import { tally, topN } from "../../domain/votes";
import { currentStep } from "../../domain/workshopMachine";
import type { BallotLine, HiddenItem, PersonalState, PublicItem, StepResults } from "../../contracts/workshopResults";
import type { ParticipantBallot } from "../../storage/workshop/ballotRepository";
import type { StoredContribution } from "../../storage/workshop/contributionRepository";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { Subject } from "./participantKey";
import type { MyEntry } from "./workshopContributions";
import type { WorkshopRecords } from "./workshopRecords";
import type { VoteStepId, WorkshopVotes } from "./workshopVotes";

/** What the stage, the console and the cards show: the current step's results, and each person's own answers. */
export class WorkshopResults {
  constructor(
    private readonly stores: WorkshopStores,
    private readonly records: WorkshopRecords,
    private readonly votes: WorkshopVotes,
  ) {}

  /** Teams users who took part, for the participant card's automatic per-user refresh (Teams honours 60). */
  async refreshUserIds(record: WorkshopRecord): Promise<string[]> {
    return (await this.stores.attendees.list(record.workshop.id)).teamsIds.slice(0, 60);
  }

  /** Dots per line and the kept lines (top N, ties broken by ballot order). */
  async voteResults(record: WorkshopRecord, stepId: VoteStepId): Promise<Extract<StepResults, { type: "vote" }>> {
    const lines = await this.votes.ballot(record, stepId);
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
      return { results: await this.stepResults(record), hidden: [] };
    const stored = (await this.stores.contributions.forStep(record.workshop.id, view.step.id)).map((v) => v.value);
    return { results: { type: "contributions", items: publicOf(stored) }, hidden: hiddenOf(stored) };
  }

  async scaleSummaryOf(workshopId: string): Promise<ScaleSummary> {
    return scaleSummary(await this.stores.scale.all(workshopId));
  }

  /** The current step's results, whatever the phase (the stage shows them live; cards only once revealed). */
  async stepResults(record: WorkshopRecord): Promise<StepResults> {
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
    const key = this.records.keyOf(record, subject);
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

  /** Hidden items of the current contributions step, for the facilitator's views only (never the stage). */
  async hiddenItems(record: WorkshopRecord): Promise<HiddenItem[]> {
    const view = currentStep(record.workshop);
    if (view.screen !== "step" || view.step.type !== "contributions") return [];
    return hiddenOf((await this.stores.contributions.forStep(record.workshop.id, view.step.id)).map((v) => v.value));
  }
}

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

function hiddenOf(stored: readonly StoredContribution[]): HiddenItem[] {
  return stored.filter((c) => c.hidden && c.mergedInto === undefined).map((c) => ({ id: c.id, text: c.text }));
}

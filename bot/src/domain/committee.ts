/**
 * The steering committee (comité de pilotage) decides on each commitment of the poster, at the
 * right level of hierarchy: adopt it, adapt it (with the new wording) or reject it, giving a
 * reason for anything but a plain adoption: participants expect to hear what became of their
 * proposals.
 */
import { posterCommitments, type Poster } from "./poster";
import { err, ok, type Result } from "./result";
import { cleanText, textLength } from "./text";
import type { CommitParty } from "./workshopTemplate";

export const DECISION_KINDS = ["adopted", "adapted", "rejected"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Where the decision is taken: the service, its department (direction), executive management, elected officials. */
export const DECISION_LEVELS = ["service", "department", "executive", "elected"] as const;
export type DecisionLevel = (typeof DECISION_LEVELS)[number];

export const DECISION_TEXT_MAX = 500;

export interface CommitteeDecision {
  readonly commitmentId: string;
  readonly decision: DecisionKind;
  readonly level: DecisionLevel;
  readonly reason?: string;
  /** The new wording (action only, like poster commitments) for an adapted commitment. */
  readonly adaptedText?: string;
  readonly decidedAt: string;
  readonly decidedBy: string;
}

export interface DecisionInput {
  readonly commitmentId: string;
  readonly decision: string;
  readonly level: string;
  readonly reason?: string;
  readonly adaptedText?: string;
  readonly decidedBy: string;
}

function optionalText(raw: string | undefined, field: string): Result<string | undefined> {
  if (raw === undefined) return ok(undefined);
  const text = cleanText(raw);
  if (textLength(text) > DECISION_TEXT_MAX) return err("committee.textTooLong", { field, max: DECISION_TEXT_MAX });
  return ok(text.length > 0 ? text : undefined);
}

export function decideCommitment(poster: Poster, input: DecisionInput, now: Date): Result<CommitteeDecision> {
  if (!posterCommitments(poster).some((c) => c.id === input.commitmentId)) {
    return err("committee.unknownCommitment", { id: input.commitmentId });
  }
  if (!(DECISION_KINDS as readonly string[]).includes(input.decision)) {
    return err("committee.decisionInvalid", { value: input.decision });
  }
  if (!(DECISION_LEVELS as readonly string[]).includes(input.level))
    return err("committee.levelInvalid", { value: input.level });
  const decision = input.decision as DecisionKind;
  const reason = optionalText(input.reason, "reason");
  if (!reason.ok) return reason;
  const adaptedText = optionalText(input.adaptedText, "adaptedText");
  if (!adaptedText.ok) return adaptedText;
  if (decision !== "adopted" && reason.value === undefined) return err("committee.reasonRequired", { decision });
  if (decision === "adapted" && adaptedText.value === undefined) return err("committee.adaptedTextRequired");
  if (decision !== "adapted" && adaptedText.value !== undefined)
    return err("committee.adaptedTextNotAllowed", { decision });
  return ok({
    commitmentId: input.commitmentId,
    decision,
    level: input.level as DecisionLevel,
    ...(reason.value !== undefined ? { reason: reason.value } : {}),
    ...(adaptedText.value !== undefined ? { adaptedText: adaptedText.value } : {}),
    decidedAt: now.toISOString(),
    decidedBy: input.decidedBy,
  });
}

export interface CommitteeOutcome {
  readonly undecided: readonly string[];
  readonly adopted: readonly string[];
  readonly adapted: readonly string[];
  readonly rejected: readonly string[];
  /** Every commitment has a decision: the campaign can move to its roadmap. */
  readonly complete: boolean;
}

/** The latest decision per commitment wins (a committee may revisit one). */
export function latestDecisions(decisions: readonly CommitteeDecision[]): Map<string, CommitteeDecision> {
  const latest = new Map<string, CommitteeDecision>();
  for (const d of decisions) {
    const previous = latest.get(d.commitmentId);
    if (!previous || previous.decidedAt <= d.decidedAt) latest.set(d.commitmentId, d);
  }
  return latest;
}

export function committeeOutcome(poster: Poster, decisions: readonly CommitteeDecision[]): CommitteeOutcome {
  const latest = latestDecisions(decisions);
  const out = { undecided: [] as string[], adopted: [] as string[], adapted: [] as string[], rejected: [] as string[] };
  for (const c of posterCommitments(poster)) {
    const d = latest.get(c.id);
    if (!d) out.undecided.push(c.id);
    else out[d.decision].push(c.id);
  }
  return { ...out, complete: out.undecided.length === 0 };
}

export interface RoadmapDraft {
  readonly commitmentId: string;
  readonly party: CommitParty;
  /** Action wording: the adapted text when the committee rewrote it. */
  readonly title: string;
}

/** One roadmap action to create per adopted or adapted commitment, in poster order. */
export function roadmapDrafts(poster: Poster, decisions: readonly CommitteeDecision[]): RoadmapDraft[] {
  const latest = latestDecisions(decisions);
  return posterCommitments(poster).flatMap((c) => {
    const d = latest.get(c.id);
    if (!d || d.decision === "rejected") return [];
    return [
      { commitmentId: c.id, party: c.party, title: d.decision === "adapted" ? (d.adaptedText ?? c.text) : c.text },
    ];
  });
}

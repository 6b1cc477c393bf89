/**
 * The poster (« affiche »): qualities to promote on top, commitments of the agents, of the
 * usagers and of both below. Every edit makes a new version; participants validate a version,
 * so an approval of version 2 says nothing about version 3.
 */
import type { Campaign } from "./campaign";
import { err, ok, type Result } from "./result";
import { cleanText, textLength } from "./text";
import { COMMIT_PARTIES, type CommitParty } from "./workshopTemplate";

export const POSTER_TEXT_MAX = 300;

export interface PosterQuality {
  readonly id: string;
  readonly text: string;
}

/** `text` is the action only ("prendre plus de temps…"); commitmentText() adds the lead-in. */
export interface PosterCommitment {
  readonly id: string;
  readonly text: string;
  /** The ballot item it comes from, to tell participants what became of their proposal. */
  readonly sourceItemId?: string;
}

export type CommitmentGroups = Readonly<Record<CommitParty, readonly PosterCommitment[]>>;

export interface PosterClosure {
  readonly at: string;
  readonly by: string;
  readonly version: number;
  readonly approvals: number;
  readonly total: number;
}

export interface Poster {
  readonly id: string;
  readonly campaignId: string;
  readonly title: string;
  readonly version: number;
  readonly qualities: readonly PosterQuality[];
  readonly commitments: CommitmentGroups;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set when the coordinator ends validation without waiting for everyone. */
  readonly closed?: PosterClosure;
}

export interface CommitmentInput {
  readonly id: string;
  readonly party: CommitParty;
  readonly text: string;
  readonly sourceItemId?: string;
}

export interface PosterValidation {
  readonly participantKey: string;
  readonly version: number;
  readonly approved: boolean;
  readonly comment?: string;
  readonly at: string;
}

function checkText(id: string, raw: string): Result<string> {
  const text = cleanText(raw);
  if (text.length === 0) return err("poster.textEmpty", { id });
  if (textLength(text) > POSTER_TEXT_MAX) return err("poster.textTooLong", { id, max: POSTER_TEXT_MAX });
  return ok(text);
}

function checkContent(
  qualities: readonly PosterQuality[],
  commitments: readonly CommitmentInput[],
): Result<{ qualities: PosterQuality[]; commitments: CommitmentGroups }> {
  if (qualities.length === 0) return err("poster.noQualities");
  if (commitments.length === 0) return err("poster.noCommitments");
  const ids = new Set<string>();
  const cleanQualities: PosterQuality[] = [];
  for (const q of qualities) {
    if (ids.has(q.id)) return err("poster.duplicateId", { id: q.id });
    ids.add(q.id);
    const text = checkText(q.id, q.text);
    if (!text.ok) return text;
    cleanQualities.push({ id: q.id, text: text.value });
  }
  const groups: Record<CommitParty, PosterCommitment[]> = { agents: [], usagers: [], both: [] };
  for (const c of commitments) {
    if (ids.has(c.id)) return err("poster.duplicateId", { id: c.id });
    ids.add(c.id);
    if (!(COMMIT_PARTIES as readonly string[]).includes(c.party))
      return err("poster.partyInvalid", { id: c.id, value: c.party });
    const text = checkText(c.id, c.text);
    if (!text.ok) return text;
    groups[c.party].push({
      id: c.id,
      text: text.value,
      ...(c.sourceItemId !== undefined ? { sourceItemId: c.sourceItemId } : {}),
    });
  }
  return ok({ qualities: cleanQualities, commitments: groups });
}

export interface BuildPosterInput {
  readonly id: string;
  readonly campaign: Pick<Campaign, "id" | "name">;
  /** In display order (usually the vote ranking). */
  readonly keptQualities: readonly PosterQuality[];
  readonly commitments: readonly CommitmentInput[];
  readonly now: Date;
}

export function buildPoster(input: BuildPosterInput): Result<Poster> {
  const content = checkContent(input.keptQualities, input.commitments);
  if (!content.ok) return content;
  const at = input.now.toISOString();
  return ok({
    id: input.id,
    campaignId: input.campaign.id,
    title: input.campaign.name,
    version: 1,
    qualities: content.value.qualities,
    commitments: content.value.commitments,
    createdAt: at,
    updatedAt: at,
  });
}

/** Commitments in poster order (agents, usagers, both), each with its party. */
export function posterCommitments(poster: Poster): CommitmentInput[] {
  return COMMIT_PARTIES.flatMap((party) => poster.commitments[party].map((c) => ({ ...c, party })));
}

export interface PosterEdit {
  readonly qualities?: readonly PosterQuality[];
  readonly commitments?: readonly CommitmentInput[];
}

export function editPoster(poster: Poster, edit: PosterEdit, now: Date): Result<Poster> {
  if (poster.closed) return err("poster.closed");
  const content = checkContent(edit.qualities ?? poster.qualities, edit.commitments ?? posterCommitments(poster));
  if (!content.ok) return content;
  if (
    JSON.stringify(content.value) === JSON.stringify({ qualities: poster.qualities, commitments: poster.commitments })
  ) {
    return err("poster.unchanged");
  }
  return ok({ ...poster, ...content.value, version: poster.version + 1, updatedAt: now.toISOString() });
}

export interface ValidationInput {
  readonly participantKey: string;
  readonly version: number;
  readonly approved: boolean;
  readonly comment?: string;
}

/** Records a participant's answer on a version; a later answer replaces an earlier one. */
export function recordPosterValidation(
  poster: Poster,
  participants: readonly string[],
  validations: readonly PosterValidation[],
  input: ValidationInput,
  now: Date,
): Result<PosterValidation[]> {
  if (poster.closed) return err("poster.closed");
  if (!participants.includes(input.participantKey)) return err("poster.notAParticipant");
  if (input.version !== poster.version)
    return err("poster.staleVersion", { current: poster.version, given: input.version });
  const comment = input.comment === undefined ? "" : cleanText(input.comment);
  if (textLength(comment) > POSTER_TEXT_MAX) return err("poster.textTooLong", { id: "comment", max: POSTER_TEXT_MAX });
  const validation: PosterValidation = {
    participantKey: input.participantKey,
    version: input.version,
    approved: input.approved,
    ...(comment.length > 0 ? { comment } : {}),
    at: now.toISOString(),
  };
  return ok([
    ...validations.filter((v) => !(v.participantKey === input.participantKey && v.version === input.version)),
    validation,
  ]);
}

export type PosterStatus =
  | {
      readonly state: "awaitingValidation";
      readonly version: number;
      readonly approvals: number;
      readonly objections: number;
      readonly total: number;
      /** Participant keys who have not answered on this version (for reminders). */
      readonly pending: readonly string[];
    }
  /** Every participant approved the latest version. */
  | { readonly state: "validated"; readonly version: number; readonly approvals: number; readonly total: number }
  /** « validée par N participants sur M ». */
  | {
      readonly state: "closedByCoordinator";
      readonly version: number;
      readonly approvals: number;
      readonly total: number;
    };

function latestAnswers(poster: Poster, participants: readonly string[], validations: readonly PosterValidation[]) {
  const byKey = new Map<string, PosterValidation>();
  for (const v of validations) {
    if (v.version !== poster.version || !participants.includes(v.participantKey)) continue;
    const previous = byKey.get(v.participantKey);
    if (!previous || previous.at <= v.at) byKey.set(v.participantKey, v);
  }
  return byKey;
}

export function posterStatus(
  poster: Poster,
  participants: readonly string[],
  validations: readonly PosterValidation[],
): PosterStatus {
  if (poster.closed) {
    const { version, approvals, total } = poster.closed;
    return { state: "closedByCoordinator", version, approvals, total };
  }
  const everyone = [...new Set(participants)];
  const answers = latestAnswers(poster, everyone, validations);
  const approvals = [...answers.values()].filter((v) => v.approved).length;
  const total = everyone.length;
  if (total > 0 && approvals === total) return { state: "validated", version: poster.version, approvals, total };
  return {
    state: "awaitingValidation",
    version: poster.version,
    approvals,
    objections: answers.size - approvals,
    total,
    pending: everyone.filter((k) => !answers.has(k)),
  };
}

/** The coordinator stops waiting; the count of approvals on the latest version is frozen. */
export function closePosterValidation(
  poster: Poster,
  participants: readonly string[],
  validations: readonly PosterValidation[],
  by: string,
  now: Date,
): Result<Poster> {
  if (poster.closed) return err("poster.closed");
  const status = posterStatus(poster, participants, validations);
  if (status.state === "validated") return err("poster.alreadyValidated");
  if (status.approvals === 0) return err("poster.noApproval");
  const at = now.toISOString();
  return ok({
    ...poster,
    closed: { at, by, version: poster.version, approvals: status.approvals, total: status.total },
    updatedAt: at,
  });
}

export function isPosterFinal(status: PosterStatus): boolean {
  return status.state !== "awaitingValidation";
}

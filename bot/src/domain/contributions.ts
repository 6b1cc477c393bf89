/**
 * Text items typed by participants in a step (qualities of the ideal/chaotic relation, actions).
 * Stored under a per-workshop pseudonymous participant key, never an identity: no contribution
 * can be traced back to a person by managers. Facilitator edits, hides and merges keep an audit
 * trail so nothing a participant said disappears silently.
 */
import { err, ok, type Result } from "./result";
import { cleanText, textLength } from "./text";
import { requireOpenStep, type Workshop } from "./workshopMachine";
import { COMMIT_PARTIES, type CommitParty } from "./workshopTemplate";

/** The steps that collect contributions (words or short sentences). */
export const CONTRIBUTION_STEP_IDS = ["ideal", "chaotic", "actions"] as const;
export type ContributionStepId = (typeof CONTRIBUTION_STEP_IDS)[number];

export const AUDIT_ACTIONS = ["edit", "hide", "unhide", "merge", "mergedInto"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  readonly at: string;
  /** Participant key of the facilitator (or "system"); never an identity. */
  readonly byKey: string;
  readonly action: AuditAction;
  readonly before?: string;
  readonly after?: string;
}

export interface Contribution {
  readonly id: string;
  readonly workshopId: string;
  readonly stepId: ContributionStepId;
  readonly participantKey: string;
  readonly text: string;
  /** Who would commit (actions only). */
  readonly tag?: CommitParty;
  /** 1, plus the weights of the items merged into this one. */
  readonly weight: number;
  readonly mergedFrom: readonly string[];
  /** Set on an item folded into another: it is kept for the audit but no longer shown. */
  readonly mergedInto?: string;
  readonly hidden: boolean;
  readonly createdAt: string;
  readonly audit: readonly AuditEntry[];
}

export interface NewContribution {
  readonly id: string;
  readonly stepId: ContributionStepId;
  readonly participantKey: string;
  readonly text: string;
  readonly tag?: string;
}

function validText(raw: string, maxLength: number): Result<string> {
  const text = cleanText(raw);
  const length = textLength(text);
  if (length === 0) return err("contribution.empty");
  if (length > maxLength) return err("contribution.tooLong", { max: maxLength, length });
  return ok(text);
}

/**
 * Accepts a participant's item if input is open on that step, the text fits and the participant
 * has not reached the per-step limit. `existing` = the items already stored for this step.
 */
export function addContribution(
  workshop: Workshop,
  existing: readonly Contribution[],
  input: NewContribution,
  now: Date,
): Result<Contribution> {
  const step = requireOpenStep(workshop, input.stepId, "contributions");
  if (!step.ok) return step;
  const text = validText(input.text, step.value.maxLength);
  if (!text.ok) return text;
  let tag: CommitParty | undefined;
  if (step.value.tags) {
    if (input.tag === undefined || input.tag === "") return err("contribution.tagRequired");
    if (!(COMMIT_PARTIES as readonly string[]).includes(input.tag))
      return err("contribution.tagInvalid", { value: input.tag });
    tag = input.tag as CommitParty;
  } else if (input.tag !== undefined) {
    return err("contribution.tagNotAllowed", { stepId: input.stepId });
  }
  const mine = existing.filter(
    (c) => c.workshopId === workshop.id && c.stepId === input.stepId && c.participantKey === input.participantKey,
  ).length;
  if (mine >= step.value.maxEntries) return err("contribution.tooManyEntries", { max: step.value.maxEntries });
  if (existing.some((c) => c.id === input.id)) return err("contribution.duplicateId", { id: input.id });
  return ok({
    id: input.id,
    workshopId: workshop.id,
    stepId: input.stepId,
    participantKey: input.participantKey,
    text: text.value,
    ...(tag ? { tag } : {}),
    weight: 1,
    mergedFrom: [],
    hidden: false,
    createdAt: now.toISOString(),
    audit: [],
  });
}

/** What the group sees: neither hidden nor merged into another item, in creation order. */
export function visibleContributions(items: readonly Contribution[]): Contribution[] {
  return items
    .filter((c) => !c.hidden && c.mergedInto === undefined)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

export interface ContributionEdit {
  readonly text?: string;
  readonly tag?: CommitParty;
}

export function editContribution(
  item: Contribution,
  edit: ContributionEdit,
  byKey: string,
  now: Date,
  maxLength: number,
): Result<Contribution> {
  if (item.mergedInto !== undefined) return err("contribution.alreadyMerged", { id: item.id });
  let text = item.text;
  if (edit.text !== undefined) {
    const checked = validText(edit.text, maxLength);
    if (!checked.ok) return checked;
    text = checked.value;
  }
  if (edit.tag !== undefined && item.tag === undefined)
    return err("contribution.tagNotAllowed", { stepId: item.stepId });
  const tag = edit.tag ?? item.tag;
  if (text === item.text && tag === item.tag) return err("contribution.unchanged");
  const describe = (t: string, g: CommitParty | undefined) => (g ? `${t} [${g}]` : t);
  const entry: AuditEntry = {
    at: now.toISOString(),
    byKey,
    action: "edit",
    before: describe(item.text, item.tag),
    after: describe(text, tag),
  };
  return ok({ ...item, text, ...(tag ? { tag } : {}), audit: [...item.audit, entry] });
}

export function hideContribution(item: Contribution, byKey: string, now: Date): Result<Contribution> {
  if (item.hidden) return err("contribution.alreadyHidden", { id: item.id });
  const entry: AuditEntry = { at: now.toISOString(), byKey, action: "hide", before: item.text };
  return ok({ ...item, hidden: true, audit: [...item.audit, entry] });
}

export function unhideContribution(item: Contribution, byKey: string, now: Date): Result<Contribution> {
  if (!item.hidden) return err("contribution.notHidden", { id: item.id });
  const entry: AuditEntry = { at: now.toISOString(), byKey, action: "unhide", after: item.text };
  return ok({ ...item, hidden: false, audit: [...item.audit, entry] });
}

/**
 * Folds duplicates into one item: the kept item sums the weights and lists every merged id
 * (including what those had absorbed); merged items stay stored, marked `mergedInto`.
 * Returns the changed items only (the kept one first), ready to be saved.
 */
export function mergeContributions(
  items: readonly Contribution[],
  keepId: string,
  mergeIds: readonly string[],
  byKey: string,
  now: Date,
): Result<Contribution[]> {
  const ids = [...new Set(mergeIds)];
  if (ids.length === 0) return err("contribution.nothingToMerge");
  if (ids.includes(keepId)) return err("contribution.mergeIntoItself", { id: keepId });
  const keep = items.find((c) => c.id === keepId);
  if (!keep) return err("contribution.notFound", { id: keepId });
  if (keep.mergedInto !== undefined) return err("contribution.alreadyMerged", { id: keepId });
  const merged: Contribution[] = [];
  for (const id of ids) {
    const item = items.find((c) => c.id === id);
    if (!item) return err("contribution.notFound", { id });
    if (item.mergedInto !== undefined) return err("contribution.alreadyMerged", { id });
    if (item.workshopId !== keep.workshopId || item.stepId !== keep.stepId) {
      return err("contribution.mergeAcrossSteps", { id });
    }
    merged.push(item);
  }
  const at = now.toISOString();
  const kept: Contribution = {
    ...keep,
    weight: keep.weight + merged.reduce((sum, m) => sum + m.weight, 0),
    mergedFrom: [...keep.mergedFrom, ...merged.flatMap((m) => [m.id, ...m.mergedFrom])],
    audit: [...keep.audit, { at, byKey, action: "merge", after: ids.join(",") }],
  };
  const folded = merged.map((m): Contribution => ({
    ...m,
    mergedInto: keepId,
    audit: [...m.audit, { at, byKey, action: "mergedInto", before: m.text, after: keepId }],
  }));
  return ok([kept, ...folded]);
}

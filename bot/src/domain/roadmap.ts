/**
 * The service roadmap (« feuille de route »): one action per adopted or adapted commitment,
 * followed to done. Earlier initiatives died "au milieu du gué": progress, updates and overdue
 * actions are first-class here.
 */
import { DEFAULT_TIME_ZONE, isIsoDate, localDate } from "./calendar";
import { err, ok, type Result } from "./result";
import { cleanText, textLength } from "./text";

export const ROADMAP_STATUSES = ["toStart", "inProgress", "done", "dropped"] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

export const ROADMAP_TITLE_MAX = 200;
export const ROADMAP_COMMENT_MAX = 1000;

export interface RoadmapUpdate {
  readonly at: string;
  readonly by: string;
  readonly status?: RoadmapStatus;
  readonly progress?: number;
  readonly comment: string;
}

export interface RoadmapAction {
  readonly id: string;
  readonly commitmentId: string;
  readonly title: string;
  readonly owner?: string;
  /** Local calendar date YYYY-MM-DD; the action is due by the end of that day. */
  readonly dueDate?: string;
  readonly status: RoadmapStatus;
  /** 0..100 */
  readonly progress: number;
  readonly updates: readonly RoadmapUpdate[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewRoadmapAction {
  readonly id: string;
  readonly commitmentId: string;
  readonly title: string;
  readonly owner?: string;
  readonly dueDate?: string;
}

function checkTitle(raw: string): Result<string> {
  const title = cleanText(raw);
  if (title.length === 0) return err("roadmap.titleRequired");
  if (textLength(title) > ROADMAP_TITLE_MAX) return err("roadmap.titleTooLong", { max: ROADMAP_TITLE_MAX });
  return ok(title);
}

export function createRoadmapAction(input: NewRoadmapAction, now: Date): Result<RoadmapAction> {
  const title = checkTitle(input.title);
  if (!title.ok) return title;
  if (input.dueDate !== undefined && !isIsoDate(input.dueDate))
    return err("roadmap.dueDateInvalid", { value: input.dueDate });
  const owner = input.owner === undefined ? "" : cleanText(input.owner);
  const at = now.toISOString();
  return ok({
    id: input.id,
    commitmentId: input.commitmentId,
    title: title.value,
    ...(owner.length > 0 ? { owner } : {}),
    ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
    status: "toStart",
    progress: 0,
    updates: [],
    createdAt: at,
    updatedAt: at,
  });
}

export interface RoadmapPlanEdit {
  readonly title?: string;
  /** null removes the owner / due date. */
  readonly owner?: string | null;
  readonly dueDate?: string | null;
}

/** Changes what the action is, who owns it and when it is due (not its progress). */
export function editRoadmapAction(action: RoadmapAction, edit: RoadmapPlanEdit, now: Date): Result<RoadmapAction> {
  let next: RoadmapAction = action;
  if (edit.title !== undefined) {
    const title = checkTitle(edit.title);
    if (!title.ok) return title;
    next = { ...next, title: title.value };
  }
  if (edit.owner !== undefined) {
    const { owner: _owner, ...rest } = next;
    const owner = edit.owner === null ? "" : cleanText(edit.owner);
    next = owner.length > 0 ? { ...rest, owner } : rest;
  }
  if (edit.dueDate !== undefined) {
    if (edit.dueDate !== null && !isIsoDate(edit.dueDate))
      return err("roadmap.dueDateInvalid", { value: edit.dueDate });
    const { dueDate: _dueDate, ...rest } = next;
    next = edit.dueDate === null ? rest : { ...rest, dueDate: edit.dueDate };
  }
  return ok({ ...next, updatedAt: now.toISOString() });
}

export interface ProgressUpdateInput {
  readonly by: string;
  readonly status?: string;
  readonly progress?: number;
  readonly comment?: string;
}

/**
 * Rules: progress is an integer 0..100; "done" means 100 (given or implied); dropping an action
 * needs a comment saying why; back to "toStart" resets progress to 0; progress above 0 on an
 * action still "toStart" starts it.
 * Every accepted update is appended to the history.
 */
export function updateRoadmapAction(
  action: RoadmapAction,
  input: ProgressUpdateInput,
  now: Date,
): Result<RoadmapAction> {
  if (input.status !== undefined && !(ROADMAP_STATUSES as readonly string[]).includes(input.status)) {
    return err("roadmap.statusInvalid", { value: input.status });
  }
  const requestedStatus = input.status as RoadmapStatus | undefined;
  if (
    input.progress !== undefined &&
    (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100)
  ) {
    return err("roadmap.progressOutOfRange", { min: 0, max: 100, value: input.progress });
  }
  const comment = cleanText(input.comment ?? "");
  if (textLength(comment) > ROADMAP_COMMENT_MAX) return err("roadmap.commentTooLong", { max: ROADMAP_COMMENT_MAX });
  if (requestedStatus === undefined && input.progress === undefined && comment.length === 0)
    return err("roadmap.emptyUpdate");

  let status = requestedStatus ?? action.status;
  let progress = input.progress ?? action.progress;
  if (status === "done") {
    if (input.progress !== undefined && input.progress !== 100) return err("roadmap.doneRequiresFullProgress");
    progress = 100;
  }
  if (requestedStatus === "dropped" && comment.length === 0) return err("roadmap.droppedNeedsComment");
  if (requestedStatus === "toStart") {
    if (input.progress !== undefined && input.progress > 0) return err("roadmap.toStartRequiresNoProgress");
    progress = 0;
  }
  if (status === "toStart" && progress > 0) status = "inProgress";

  const update: RoadmapUpdate = {
    at: now.toISOString(),
    by: input.by,
    ...(requestedStatus !== undefined ? { status: requestedStatus } : status !== action.status ? { status } : {}),
    ...(input.progress !== undefined || progress !== action.progress ? { progress } : {}),
    comment,
  };
  return ok({ ...action, status, progress, updates: [...action.updates, update], updatedAt: update.at });
}

/** Past its due date (local day, inclusive) and neither done nor dropped. */
export function isOverdue(action: RoadmapAction, now: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  if (action.dueDate === undefined || action.status === "done" || action.status === "dropped") return false;
  return localDate(now, timeZone) > action.dueDate;
}

export interface RoadmapSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<RoadmapStatus, number>>;
  readonly overdue: number;
  /** Mean progress of the actions not dropped, rounded to an integer; null when there is none. */
  readonly meanProgress: number | null;
}

export function roadmapSummary(
  actions: readonly RoadmapAction[],
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): RoadmapSummary {
  const byStatus: Record<RoadmapStatus, number> = { toStart: 0, inProgress: 0, done: 0, dropped: 0 };
  for (const a of actions) byStatus[a.status]++;
  const live = actions.filter((a) => a.status !== "dropped");
  const meanProgress = live.length === 0 ? null : Math.round(live.reduce((s, a) => s + a.progress, 0) / live.length);
  return {
    total: actions.length,
    byStatus,
    overdue: actions.filter((a) => isOverdue(a, now, timeZone)).length,
    meanProgress,
  };
}

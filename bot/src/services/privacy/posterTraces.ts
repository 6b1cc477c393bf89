import type { Poster } from "../../domain/poster";
import type { RoadmapUpdate } from "../../domain/roadmap";
import type { PosterRecord } from "../../storage/poster/posterRepository";
import type { StoredRoadmapAction } from "../../storage/poster/roadmapRepository";
import { teamsParticipantKey } from "../poster/posterAccess";
import { ERASED } from "./staffTraces";

export interface PosterData {
  /** The name they were asked to validate the poster under. */
  readonly name?: string;
  readonly answers: readonly {
    readonly version: number;
    readonly approved: boolean;
    readonly comment?: string;
    readonly at: string;
  }[];
  /** Poster versions whose validation they closed (coordinators). */
  readonly closedVersions: readonly number[];
}

function closedBy(record: PosterRecord, person: string): Poster[] {
  return [record.poster, ...record.history].filter((p) => p.closed?.by === person);
}

/** What the poster record holds about one Teams person: their seat among validators, their answers, their closures. */
export function posterOf(record: PosterRecord, person: string): PosterData | undefined {
  const key = teamsParticipantKey(person);
  const seat = record.participants.find((p) => p.kind === "teams" && p.aadObjectId === person);
  const answers = record.validations
    .filter((v) => v.participantKey === key)
    .map((v) => ({
      version: v.version,
      approved: v.approved,
      ...(v.comment !== undefined ? { comment: v.comment } : {}),
      at: v.at,
    }));
  const closedVersions = [...new Set(closedBy(record, person).map((p) => p.version))].sort((a, b) => a - b);
  if (!seat && answers.length === 0 && closedVersions.length === 0) return undefined;
  return { ...(seat?.name !== undefined ? { name: seat.name } : {}), answers, closedVersions };
}

/**
 * Takes them off the validators with their answers (comments included: they are their words, kept
 * with their id), and replaces their id by ERASED in closures. The poster's closure keeps the
 * tallies it recorded. Undefined when there is nothing of theirs left.
 */
export function erasePoster(
  record: PosterRecord,
  person: string,
): { readonly record: PosterRecord; readonly count: number } | undefined {
  const key = teamsParticipantKey(person);
  const seats = record.participants.filter(
    (p) => p.key === key || (p.kind === "teams" && p.aadObjectId === person),
  ).length;
  const answers = record.validations.filter((v) => v.participantKey === key).length;
  const closures = closedBy(record, person).length;
  if (seats + answers + closures === 0) return undefined;
  const unclose = (p: Poster): Poster => (p.closed?.by === person ? { ...p, closed: { ...p.closed, by: ERASED } } : p);
  return {
    record: {
      ...record,
      poster: unclose(record.poster),
      history: record.history.map(unclose),
      participants: record.participants.filter(
        (p) => !(p.key === key || (p.kind === "teams" && p.aadObjectId === person)),
      ),
      validations: record.validations.filter((v) => v.participantKey !== key),
    },
    count: seats + answers + closures,
  };
}

export interface RoadmapUpdateData {
  readonly actionId: string;
  readonly at: string;
  readonly status?: string;
  readonly progress?: number;
  readonly comment: string;
}

/** Progress updates they wrote on the roadmap's actions. */
export function roadmapUpdatesOf(actions: readonly StoredRoadmapAction[], person: string): RoadmapUpdateData[] {
  return actions.flatMap((a) =>
    a.updates
      .filter((u) => u.by === person)
      .map((u) => ({
        actionId: a.id,
        at: u.at,
        ...(u.status !== undefined ? { status: u.status } : {}),
        ...(u.progress !== undefined ? { progress: u.progress } : {}),
        comment: u.comment,
      })),
  );
}

/** The update stays (the action's progress depends on it); only the author's id goes. */
export function anonymousUpdates(
  updates: readonly RoadmapUpdate[],
  person: string,
): readonly RoadmapUpdate[] | undefined {
  if (!updates.some((u) => u.by === person)) return undefined;
  return updates.map((u) => (u.by === person ? { ...u, by: ERASED } : u));
}

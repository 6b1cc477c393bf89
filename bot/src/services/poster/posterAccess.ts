import type { PosterRecord } from "../../storage/poster/posterRepository";
import type { Actor } from "../policy";

/** The policy's actor for a caller of the poster features: participant when on the poster's list. */
export function posterActor(aadObjectId: string | undefined, record: PosterRecord | undefined): Actor {
  return {
    ...(aadObjectId ? { aadObjectId } : {}),
    isParticipant: Boolean(aadObjectId && record?.participants.some((p) => p.aadObjectId === aadObjectId)),
  };
}

export function teamsParticipantKey(aadObjectId: string): string {
  return `aad:${aadObjectId}`;
}

/** The Teams participants of the poster's workshop: who gets validation cards and follow-up notices. */
export function teamsParticipantIds(record: PosterRecord | undefined): string[] {
  return [
    ...new Set(record?.participants.flatMap((p) => (p.kind === "teams" && p.aadObjectId ? [p.aadObjectId] : [])) ?? []),
  ];
}

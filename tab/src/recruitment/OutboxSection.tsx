import type { RecruitmentApi } from "./useRecruitmentApi";

/** Invitations and notices sent 1:1 through the outbox: progress, failures, replay. */
export function OutboxSection(_props: { campaignId: string; api: RecruitmentApi }) {
  return null;
}

import type { Logger } from "../../logging/logger";
import { translate } from "../../i18n/translate";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import type { ConversationPort } from "../botPorts";

/** Teams delivers a targeted meeting notification to at most 10 participants per request (in-meeting notification docs). */
export const MEETING_NOTICE_MAX_RECIPIENTS = 10;

/**
 * Who hears that a step opened: the workshop's Teams participants (Teams ids, 29:…), without the
 * facilitator who opened it. Usagers on phones and anonymous guests are recorded as devices, never
 * with a Teams id, so they cannot appear here; anything that is not a Teams user id is dropped too.
 */
export function stepNoticeRecipients(teamsIds: readonly string[], facilitatorTeamsId: string): string[] {
  return [...new Set(teamsIds)].filter((id) => id.startsWith("29:") && id !== facilitatorTeamsId);
}

/** Recipients split into requests Teams accepts. */
export function inBatches<T>(items: readonly T[], size = MEETING_NOTICE_MAX_RECIPIENTS): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** The side panel's console, where a participant sees their own card for the step. */
export function stepNoticeUrl(publicBaseUrl: string, campaignId: string): string {
  return `${publicBaseUrl}/console/${encodeURIComponent(campaignId)}`;
}

/**
 * Tells the workshop's Teams participants, in the meeting, that the facilitator opened a step.
 * Best effort: the step is open whatever Teams answers (no consent to the RSC permission, meeting
 * over), so a refusal is logged, never thrown.
 */
export async function notifyStepOpened(
  deps: {
    readonly attendees: WorkshopStores["attendees"];
    readonly publicBaseUrl: () => string;
    readonly logger: Logger;
  },
  port: ConversationPort,
  campaignId: string,
  record: WorkshopRecord,
): Promise<void> {
  if (!port.notifyMeeting) return;
  const notify = port.notifyMeeting.bind(port);
  try {
    const { teamsIds } = await deps.attendees.list(record.workshop.id);
    const recipients = stepNoticeRecipients(teamsIds, port.caller.teamsId);
    if (recipients.length === 0) return;
    const title = translate(port.locale, "workshop.stepNotice.title");
    const url = stepNoticeUrl(deps.publicBaseUrl(), campaignId);
    const sent = await Promise.allSettled(
      inBatches(recipients).map((batch) => notify({ recipients: batch, title, url })),
    );
    const failed = sent.flatMap((s) => (s.status === "rejected" ? [s.reason as unknown] : []));
    if (failed.length > 0)
      deps.logger.warn(
        { err: failed[0], workshopId: record.workshop.id, failedBatches: failed.length },
        "in-meeting step notification refused",
      );
  } catch (error) {
    deps.logger.warn({ err: error, workshopId: record.workshop.id }, "in-meeting step notification failed");
  }
}

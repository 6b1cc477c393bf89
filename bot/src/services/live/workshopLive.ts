import type { WorkshopLiveDto } from "../../contracts/liveApi";
import type { WorkshopNumber } from "../../domain/campaign";
import type { Logger } from "../../logging/logger";
import type { WorkshopServices } from "../workshop/workshopServices";
import { LiveFollower, type Snapshot } from "./liveFollower";

/** How often an instance reads a workshop someone watches: a vote is on screens within this and a push. */
export const LIVE_INTERVAL_MS = 300;

/** A workshop as a topic of the follower: the campaign and which of its three workshops. */
export function workshopTopic(campaignId: string, kind: WorkshopNumber): string {
  return `${kind}|${campaignId}`;
}

function parseTopic(topic: string): { campaignId: string; kind: WorkshopNumber } | undefined {
  const bar = topic.indexOf("|");
  const kind = Number(topic.slice(0, bar));
  if (kind !== 1 && kind !== 2 && kind !== 3) return undefined;
  return { campaignId: topic.slice(bar + 1), kind };
}

/**
 * Follows the workshops this instance's clients watch: the workshop record (which also refreshes
 * the copy participants' clicks are checked against), the current step's public results and the
 * count of joined phones, three reads per workshop per interval. The snapshot's JSON is its version: any visible change moves it.
 */
export function createWorkshopLive(
  workshop: WorkshopServices,
  logger: Logger,
  intervalMs = LIVE_INTERVAL_MS,
): LiveFollower<WorkshopLiveDto> {
  const read = async (topic: string): Promise<Snapshot<WorkshopLiveDto> | undefined> => {
    const at = parseTopic(topic);
    if (!at) return undefined;
    const record = await workshop.service.records.load(at.campaignId, at.kind);
    if (!record) return undefined;
    const { pointer, revision } = record.value.workshop;
    const value: WorkshopLiveDto = {
      revision,
      phase: pointer.phase,
      sequenceIndex: pointer.sequenceIndex,
      stepIndex: pointer.stepIndex,
      results: await workshop.service.results.stepResults(record.value),
      devicesJoined: await workshop.admissions.joined(record.value.workshop.id),
    };
    return { version: JSON.stringify(value), value };
  };
  return new LiveFollower({
    read,
    intervalMs,
    onReadError: (topic, error) => logger.warn({ err: error, topic }, "live: workshop read failed, kept the last view"),
  });
}

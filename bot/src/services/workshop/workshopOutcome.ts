import type { Origin } from "../../domain/ballots";
import { commitmentText } from "../../domain/commitmentText";
import type { CommitParty } from "../../domain/workshopTemplate";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import type { WorkshopService } from "./workshopService";

/**
 * What workshop 3 hands to the poster: the kept qualities and the commitments the facilitator
 * wrote, plus who took part (pseudonymous keys are not identities; `participantAadIds` lists the
 * Teams participants to ask for validation, `usagerCount` the others, reached through their link).
 * The workshop capability computes it (WorkshopServices.workshop3Outcome); the poster only reads it.
 */
export interface Workshop3Outcome {
  readonly campaignId: string;
  readonly endedAt: string;
  readonly keptQualities: readonly { readonly id: string; readonly text: string; readonly origin: Origin }[];
  readonly commitments: readonly {
    readonly id: string;
    readonly party: CommitParty;
    readonly text: string;
    readonly sourceItemId?: string;
  }[];
  readonly participantAadIds: readonly string[];
  readonly usagerCount: number;
}

/** Undefined until workshop 3 of the campaign has ended. */
export async function workshop3OutcomeOf(
  service: WorkshopService,
  stores: WorkshopStores,
  campaignId: string,
): Promise<Workshop3Outcome | undefined> {
  const [record, campaign] = await Promise.all([
    service.records.load(campaignId, 3),
    service.records.campaign(campaignId),
  ]);
  const workshop = record?.value.workshop;
  if (!record || !campaign || !workshop || workshop.pointer.phase !== "ended" || !workshop.endedAt) return undefined;
  const qualities = await service.results.voteResults(record.value, "qualitiesVote");
  const keptQualities = qualities.kept
    .flatMap((id) => qualities.lines.filter((l) => l.id === id))
    .map((l) => ({ id: l.id, text: l.text, origin: l.origin ?? "both" }));
  const commitments = record.value.commitments.map((c) => ({
    id: c.sourceItemId,
    party: c.party,
    text: commitmentText(c.party, c.text, campaign.locale),
    sourceItemId: c.sourceItemId,
  }));
  const attendees = await stores.attendees.list(workshop.id);
  return {
    campaignId,
    endedAt: workshop.endedAt,
    keptQualities,
    commitments,
    participantAadIds: attendees.aadObjectIds,
    usagerCount: attendees.deviceCount,
  };
}

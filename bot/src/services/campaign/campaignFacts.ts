import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import type { CampaignFacts, WorkshopProgress } from "../../domain/campaignSteps";
import { committeeOutcome } from "../../domain/committee";
import { isPosterFinal, posterStatus } from "../../domain/poster";
import type { PosterRepositories } from "../../storage/poster/posterRepositories";
import type { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import type { WorkshopRecord, WorkshopRepository } from "../../storage/workshop/workshopRepository";

export interface CampaignFactsDeps {
  readonly records: RecruitmentRecordRepository;
  readonly workshops: Pick<WorkshopRepository, "get">;
  readonly posters: PosterRepositories["posters"];
  readonly committee: PosterRepositories["committee"];
}

function progressOf(record: WorkshopRecord | undefined): WorkshopProgress {
  const phase = record?.workshop.pointer.phase;
  if (phase === undefined || phase === "notStarted") return "notStarted";
  return phase === "ended" ? "ended" : "running";
}

/**
 * What the lifecycle rules need to know about a campaign, read from the aggregates that hold it.
 * Six reads in parallel, one page view: the stepper is opened by a coordinator, not by a crowd.
 */
export async function campaignFacts(deps: CampaignFactsDeps, campaign: Campaign): Promise<CampaignFacts> {
  const kinds: readonly WorkshopNumber[] = [1, 2, 3];
  const [record, poster, committee, ...workshops] = await Promise.all([
    deps.records.get(campaign.id),
    deps.posters.get(campaign.id),
    deps.committee.get(campaign.id),
    ...kinds.map((k) => deps.workshops.get(campaign.id, k)),
  ]);
  const r = record?.value;
  const p = poster?.value;
  return {
    agentPanelConfirmed: Boolean(r?.selectionConfirmedAt),
    usagerPanelConfirmed: Boolean(r?.usagerSelectionConfirmedAt),
    mixedPanelConfirmed: Boolean(r?.mixed?.confirmedAt),
    workshops: {
      1: progressOf(workshops[0]?.value),
      2: progressOf(workshops[1]?.value),
      3: progressOf(workshops[2]?.value),
    },
    posterExists: p !== undefined,
    posterFinal:
      p !== undefined &&
      isPosterFinal(
        posterStatus(
          p.poster,
          p.participants.map((x) => x.key),
          p.validations,
        ),
      ),
    committeeComplete: p !== undefined && committeeOutcome(p.poster, committee.decisions).complete,
  };
}

import type { FeatureContext } from "../../services/featureContext";
import type { CampaignServices } from "../../services/campaign/campaignServices";
import type { PosterServices } from "../../services/poster/posterServices";
import type { RecruitmentServices } from "../../services/recruitment/recruitmentServices";
import type { WorkshopServices } from "../../services/workshop/workshopServices";
import type { WorkshopLiveDto } from "../../contracts/liveApi";
import type { LiveFollower } from "../../services/live/liveFollower";
import type { Authenticator } from "./identity";

/** What each capability's HTTP routes receive. */
export interface RouteContext extends FeatureContext {
  readonly authenticate: Authenticator;
  readonly version: string;
  /** Built once in app.ts and shared with the bot's handlers. */
  readonly campaign: CampaignServices;
  readonly recruitment: RecruitmentServices;
  readonly workshop: WorkshopServices;
  readonly poster: PosterServices;
  /** The workshops this instance's live clients watch, one reader each. */
  readonly live: LiveFollower<WorkshopLiveDto>;
}

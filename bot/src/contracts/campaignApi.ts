import type {
  CampaignProgressDto,
  MoveRequestDto,
  PeopleDto,
  RoleRequestDto,
  RosterDto,
  StaffDto,
} from "./campaignProgress";
import type { Endpoint } from "./endpoint";

/**
 * The campaign page: steps and moves, roles, people, the team roster. Refusals are the shared
 * error body: `campaign.notFound`, `campaign.forbidden`, a blocked move `campaign.moveBlocked` with
 * each blocker in `causes`, `campaign.movedMeanwhile`, `campaign.effectFailed`, `roster.unavailable`.
 */
export interface CampaignApi {
  "GET /api/campaigns/:campaignId/progress": Endpoint<undefined, CampaignProgressDto>;
  "POST /api/campaigns/:campaignId/moves": Endpoint<MoveRequestDto, CampaignProgressDto>;
  "GET /api/campaigns/:campaignId/people": Endpoint<undefined, PeopleDto>;
  "POST /api/campaigns/:campaignId/roles": Endpoint<RoleRequestDto, StaffDto>;
  "DELETE /api/campaigns/:campaignId/roles/:personId": Endpoint<undefined, StaffDto>;
  /** Query: `q`, a few letters of a name (cut at 100); `refresh=1` reads the team from Teams first. */
  "GET /api/campaigns/:campaignId/roster": Endpoint<undefined, RosterDto>;
}

import type {
  CampaignProgressDto,
  MoveRequestDto,
  PeopleDto,
  RoleRequestDto,
  RosterDto,
  StaffMemberDto,
} from "./campaignProgress";
import type { Endpoint } from "./endpoint";

/** The campaign page: steps and moves, roles, people, the team roster. */
export interface CampaignApi {
  "GET /api/campaigns/:campaignId/progress": Endpoint<undefined, CampaignProgressDto>;
  "POST /api/campaigns/:campaignId/moves": Endpoint<MoveRequestDto, CampaignProgressDto>;
  "GET /api/campaigns/:campaignId/people": Endpoint<undefined, PeopleDto>;
  "POST /api/campaigns/:campaignId/roles": Endpoint<RoleRequestDto, { readonly staff: readonly StaffMemberDto[] }>;
  "DELETE /api/campaigns/:campaignId/roles/:personId": Endpoint<
    undefined,
    { readonly staff: readonly StaffMemberDto[] }
  >;
  "GET /api/campaigns/:campaignId/roster": Endpoint<undefined, RosterDto>;
}

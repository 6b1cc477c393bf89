import type { Endpoint, FileAnswer } from "./endpoint";
import type {
  CommitteeViewDto,
  CreatePosterDto,
  DashboardDto,
  DecisionDto,
  EditPosterDto,
  FollowViewDto,
  PlanDto,
  PosterAnswerDto,
  PosterViewDto,
  ProgressDto,
  RoadmapChangeDto,
  RoadmapViewDto,
  ValidationRequestReportDto,
} from "./posterDtos";
import type { PrivacyApi } from "./privacyApi";

/**
 * The poster, the steering committee, the roadmap, the managers' dashboard and the usagers' public
 * follow-up page (see endpoint.ts), with the people's data rights beside them.
 */
export interface PosterApi extends PrivacyApi {
  "GET /api/campaigns/:campaignId/poster": Endpoint<undefined, PosterViewDto>;
  "POST /api/campaigns/:campaignId/poster": Endpoint<CreatePosterDto, PosterViewDto>;
  "PUT /api/campaigns/:campaignId/poster": Endpoint<EditPosterDto, PosterViewDto>;
  /** A Teams participant answers from the tab (the same rule as the card). */
  "POST /api/campaigns/:campaignId/poster/answer": Endpoint<PosterAnswerDto, PosterViewDto>;
  "POST /api/campaigns/:campaignId/poster/request-validation": Endpoint<undefined, ValidationRequestReportDto>;
  "POST /api/campaigns/:campaignId/poster/close": Endpoint<undefined, PosterViewDto>;
  /** Query: `size` A4 (default) or A3, `lang` fr or en (default: the campaign's). */
  "GET /api/campaigns/:campaignId/poster/pdf": Endpoint<undefined, FileAnswer>;
  "GET /api/campaigns/:campaignId/committee": Endpoint<undefined, CommitteeViewDto>;
  "POST /api/campaigns/:campaignId/committee/decisions": Endpoint<DecisionDto, CommitteeViewDto>;
  "GET /api/campaigns/:campaignId/roadmap": Endpoint<undefined, RoadmapViewDto>;
  "PATCH /api/campaigns/:campaignId/roadmap/:actionId": Endpoint<PlanDto, RoadmapChangeDto>;
  "POST /api/campaigns/:campaignId/roadmap/:actionId/updates": Endpoint<ProgressDto, RoadmapChangeDto>;
  /** Query: `service`, `status`, `owner` filter the rows. */
  "GET /api/dashboard": Endpoint<undefined, DashboardDto>;
  /** Public: the usager's link is the credential (usagers are not in the organisation's Teams). */
  "GET /api/follow/:token": Endpoint<undefined, FollowViewDto>;
  "POST /api/follow/:token/answer": Endpoint<PosterAnswerDto, FollowViewDto>;
}

import type { Endpoint } from "./endpoint";
import type {
  BalancePreviewDto,
  CampaignForEditDto,
  CampaignPatchBody,
  ConfirmationViewDto,
  ConfirmedSelectionDto,
  ConfirmedUsagerPanelDto,
  CreateCampaignBody,
  MixedAnswerBody,
  MixedOpenedDto,
  MixedPanelBody,
  MixedViewDto,
  NominatedUsagerDto,
  NominationBody,
  OutboxViewDto,
  RecruitmentViewDto,
  RegisterUsagerBody,
  SavedCampaignDto,
  SelectionBody,
  UsagerAnswerBody,
  UsagerPanelViewDto,
  UsagerProposalDto,
} from "./recruitmentDtos";

/**
 * Recruitment and campaign set-up: the set-up form, the agent, usager and mixed panels, the 1:1
 * messages sent for them, and the usager's personal link (public: the token is its only key).
 */
export interface RecruitmentApi {
  /** 201 when created, 200 when this id existed (the same form sent again). */
  "POST /api/campaigns": Endpoint<CreateCampaignBody, SavedCampaignDto>;
  "GET /api/campaigns/:campaignId": Endpoint<undefined, CampaignForEditDto>;
  "PATCH /api/campaigns/:campaignId": Endpoint<CampaignPatchBody, SavedCampaignDto>;

  "GET /api/campaigns/:campaignId/recruitment": Endpoint<undefined, RecruitmentViewDto>;
  "POST /api/campaigns/:campaignId/panel/preview": Endpoint<SelectionBody, BalancePreviewDto>;
  "POST /api/campaigns/:campaignId/panel/confirm": Endpoint<SelectionBody, ConfirmedSelectionDto>;

  "POST /api/campaigns/:campaignId/mixed/open": Endpoint<undefined, MixedOpenedDto>;
  "GET /api/campaigns/:campaignId/mixed": Endpoint<undefined, MixedViewDto>;
  "POST /api/campaigns/:campaignId/mixed/confirm": Endpoint<MixedPanelBody, MixedPanelBody>;

  "POST /api/campaigns/:campaignId/usagers": Endpoint<NominationBody, NominatedUsagerDto>;
  "POST /api/campaigns/:campaignId/usagers/register": Endpoint<RegisterUsagerBody, { readonly id: string }>;
  "GET /api/campaigns/:campaignId/usagers/proposal": Endpoint<undefined, UsagerProposalDto>;
  "GET /api/campaigns/:campaignId/usagers": Endpoint<undefined, UsagerPanelViewDto>;
  "POST /api/campaigns/:campaignId/usagers/panel/preview": Endpoint<SelectionBody, BalancePreviewDto>;
  "POST /api/campaigns/:campaignId/usagers/panel/confirm": Endpoint<SelectionBody, ConfirmedUsagerPanelDto>;

  "GET /api/campaigns/:campaignId/outbox": Endpoint<undefined, OutboxViewDto>;
  "POST /api/campaigns/:campaignId/outbox/replay": Endpoint<undefined, { readonly replayed: number }>;

  "GET /api/confirm/:token": Endpoint<undefined, ConfirmationViewDto>;
  "POST /api/confirm/:token": Endpoint<UsagerAnswerBody, ConfirmationViewDto>;
  "POST /api/confirm/:token/mixed": Endpoint<MixedAnswerBody, ConfirmationViewDto>;
}

import type { CampaignApi } from "./campaignApi";
import type { CoreApi } from "./coreApi";
import type { PosterApi } from "./posterApi";
import type { RecruitmentApi } from "./recruitmentApi";
import type { LiveStateDto, WorkshopApi } from "./workshopApi";

/** Every route of the tab's API; each capability declares its own in its file. */
export type ApiRoutes = CoreApi & CampaignApi & RecruitmentApi & WorkshopApi & PosterApi;
export type RouteKey = keyof ApiRoutes & string;
export type BodyOf<K extends RouteKey> = ApiRoutes[K]["body"];
export type AnswerOf<K extends RouteKey> = ApiRoutes[K]["answer"];

/** The console's writes: each answers the workshop's live state after the change. */
export type LiveWriteKey = {
  [K in RouteKey]: K extends `POST /api/workshops/:campaignId/${string}`
    ? AnswerOf<K> extends LiveStateDto
      ? K
      : never
    : never;
}[RouteKey];

import type { Endpoint } from "./endpoint";
import type { PrivacyApi } from "./privacyApi";

/** The poster routes of the tab's API (see endpoint.ts), with the people's data rights beside them. */
export interface PosterApi extends PrivacyApi {
  "GET /api/follow/:token": Endpoint<undefined, unknown>;
}

import type { FeatureContext } from "../../services/featureContext";
import type { Authenticator } from "./identity";

/** What each capability's HTTP routes receive. */
export interface RouteContext extends FeatureContext {
  readonly authenticate: Authenticator;
  readonly version: string;
}

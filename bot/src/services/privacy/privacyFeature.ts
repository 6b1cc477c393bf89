import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";

export function privacyFeature(_ctx: FeatureContext): Feature {
  return { name: "privacy" };
}

import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";

export function posterFeature(_ctx: FeatureContext): Feature {
  return { name: "poster" };
}

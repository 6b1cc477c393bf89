import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";

export function recruitmentFeature(_ctx: FeatureContext): Feature {
  return { name: "recruitment" };
}

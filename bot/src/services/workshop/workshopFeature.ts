import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";

export function workshopFeature(_ctx: FeatureContext): Feature {
  return { name: "workshop" };
}

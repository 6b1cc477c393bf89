import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";
import { posterCardActions } from "./posterCardActions";

export function posterFeature(ctx: FeatureContext): Feature {
  return { name: "poster", cardActions: posterCardActions(ctx) };
}

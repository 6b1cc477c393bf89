import type { Feature } from "../feature";
import { posterCardActions } from "./posterCardActions";
import type { PosterServices } from "./posterServices";

export function posterFeature(poster: PosterServices): Feature {
  return { name: "poster", cardActions: posterCardActions(poster) };
}

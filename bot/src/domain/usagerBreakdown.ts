/**
 * Accepted usagers per dimension (kind, age band, sex, frequency), in the shape of the agents'
 * breakdown so the same chart shows both. Usagers have no outside make-up: the panel is balanced
 * against the accepted group itself, so the "service" side is left empty rather than repeated.
 */
import { USAGER_DIMENSIONS, type UsagerProfile } from "./profiles";
import { smallGroupSuppression } from "./smallGroupSuppression";

export interface UsagerBreakdownRow {
  readonly value: string;
  /** Null: hidden, a group under 5 shown to someone who is not a coordinator. */
  readonly volunteers: number | null;
  readonly volunteerShare: number | null;
  readonly service: 0;
  readonly serviceShare: null;
}

export interface UsagerDimensionBreakdown {
  readonly dimension: string;
  readonly rows: readonly UsagerBreakdownRow[];
}

export function usagerBreakdown(profiles: readonly UsagerProfile[], suppress: boolean): UsagerDimensionBreakdown[] {
  const total = profiles.length;
  return USAGER_DIMENSIONS.map((dim) => {
    const counts: Record<string, number> = {};
    for (const value of dim.values) counts[value] = 0;
    for (const p of profiles) {
      const value = (p as Record<string, string>)[dim.name] ?? "";
      counts[value] = (counts[value] ?? 0) + 1;
    }
    const shown = suppress ? smallGroupSuppression(counts) : counts;
    return {
      dimension: dim.name,
      rows: dim.values.map((value) => {
        const n = shown[value] ?? null;
        return {
          value,
          volunteers: n,
          volunteerShare: n === null || total === 0 ? null : n / total,
          service: 0 as const,
          serviceShare: null,
        };
      }),
    };
  });
}

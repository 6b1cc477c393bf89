import type { DashboardDto } from "../../contracts/posterDtos";
import { commonValues } from "../../domain/commonValues";
import { isPosterFinal } from "../../domain/poster";
import { ROADMAP_STATUSES, roadmapSummary, type RoadmapStatus } from "../../domain/roadmap";
import type { StoredRoadmapAction } from "../../storage/poster/roadmapRepository";
import { statusOf, type PosterDeps } from "../poster/posterDeps";

export interface DashboardFilters {
  readonly service?: string;
  readonly status?: RoadmapStatus;
  readonly owner?: string;
}

/**
 * Progress across every campaign in three table reads (campaigns, posters, all roadmap actions),
 * whatever the number of services: never one query per service.
 */
export async function buildDashboard(deps: PosterDeps, filters: DashboardFilters): Promise<DashboardDto> {
  const { ctx, repos } = deps;
  const [campaigns, posters, actions] = await Promise.all([
    ctx.repos.campaigns.list(),
    repos.posters.list(),
    repos.roadmap.listAll(),
  ]);
  const now = ctx.clock();
  const posterOf = new Map(posters.map((p) => [p.campaignId, p]));
  const byCampaign = new Map<string, StoredRoadmapAction[]>();
  const owners = new Set<string>();
  for (const a of actions) {
    if (a.owner) owners.add(a.owner);
    if (filters.status && a.status !== filters.status) continue;
    if (filters.owner && a.owner !== filters.owner) continue;
    let list = byCampaign.get(a.campaignId);
    if (!list) byCampaign.set(a.campaignId, (list = []));
    list.push(a);
  }
  const shown = campaigns.filter((c) => !filters.service || c.services.includes(filters.service));
  const rows = shown
    .map((c) => {
      const record = posterOf.get(c.id);
      return {
        campaignId: c.id,
        name: c.name,
        services: c.services,
        state: c.state,
        poster: record
          ? isPosterFinal(statusOf(record))
            ? ("final" as const)
            : ("awaitingValidation" as const)
          : ("none" as const),
        summary: roadmapSummary(byCampaign.get(c.id) ?? [], now),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
  const shownIds = new Set(shown.map((c) => c.id));
  const shownActions = [...byCampaign.entries()].filter(([id]) => shownIds.has(id)).flatMap(([, list]) => list);
  return {
    rows,
    totals: roadmapSummary(shownActions, now),
    services: [...new Set(campaigns.flatMap((c) => c.services))].sort((a, b) => a.localeCompare(b, "fr")),
    owners: [...owners].sort((a, b) => a.localeCompare(b, "fr")),
    // The common base is made of validated posters only: a draft is not yet a shared value.
    commonValues: commonValues(
      posters
        .filter((p) => isPosterFinal(statusOf(p)))
        .map((p) => ({ campaignId: p.campaignId, qualities: p.poster.qualities.map((q) => q.text) })),
    ),
    campaignCount: campaigns.length,
  };
}

/** Reads the dashboard's filters from a query string; unknown statuses are ignored. */
export function dashboardFilters(query: URLSearchParams): DashboardFilters {
  const value = (name: string) => query.get(name) || undefined;
  const status = value("status");
  const service = value("service");
  const owner = value("owner");
  return {
    ...(service ? { service } : {}),
    ...(owner ? { owner } : {}),
    ...(status && isRoadmapStatus(status) ? { status } : {}),
  };
}

export function isRoadmapStatus(value: string): value is RoadmapStatus {
  return (ROADMAP_STATUSES as readonly string[]).includes(value);
}

import type { Campaign } from "../../domain/campaign";
import { posterStatus, type PosterStatus } from "../../domain/poster";
import { err, ok, type Result } from "../../domain/result";
import type { PosterRepositories } from "../../storage/poster/posterRepositories";
import type { PosterRecord } from "../../storage/poster/posterRepository";
import type { FeatureContext } from "../featureContext";

/** What every service of the poster capability is built with, once (posterServices.ts). */
export interface PosterDeps {
  readonly ctx: FeatureContext;
  readonly repos: PosterRepositories;
}

export async function loadCampaign(deps: PosterDeps, campaignId: string): Promise<Result<Campaign>> {
  const stored = await deps.ctx.repos.campaigns.get(campaignId);
  return stored ? ok(stored.value) : err("campaign.notFound");
}

/** The usager's personal page: validation while the poster is open, then the roadmap. */
export function followUrl(deps: PosterDeps, token: string): string {
  return `${deps.ctx.publicBaseUrl()}/follow/${encodeURIComponent(token)}`;
}

export function posterUrl(deps: PosterDeps, campaignId: string): string {
  return `${deps.ctx.publicBaseUrl()}/poster/${encodeURIComponent(campaignId)}`;
}

export function statusOf(record: PosterRecord): PosterStatus {
  return posterStatus(
    record.poster,
    record.participants.map((p) => p.key),
    record.validations,
  );
}

export function usagerLinksOf(deps: PosterDeps, record: PosterRecord) {
  return record.participants.flatMap((p) =>
    p.token ? [{ key: p.key, ...(p.name ? { name: p.name } : {}), url: followUrl(deps, p.token) }] : [],
  );
}

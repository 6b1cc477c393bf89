import type { PosterRepositories } from "../../storage/poster/posterRepositories";

/**
 * The follow-up link of an usager the poster names (by recruitment id): their own confirmation
 * page shows it, so nobody has to forward a link by hand for an usager to validate the poster.
 */
export function posterLinkOfUsager(posters: PosterRepositories["posters"], publicBaseUrl: () => string) {
  return async (campaignId: string, usagerId: string): Promise<string | undefined> => {
    const record = await posters.get(campaignId);
    const token = record?.value.participants.find((p) => p.usagerId === usagerId)?.token;
    return token ? `${publicBaseUrl()}/follow/${encodeURIComponent(token)}` : undefined;
  };
}

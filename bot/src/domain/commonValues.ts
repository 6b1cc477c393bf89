/**
 * The common base of values (« socle de valeurs communes ») emerging across campaigns: the
 * qualities kept on each poster, merged on normalised wording and counted once per campaign.
 */
import { compareKeys, normaliseWording } from "./text";

export interface CampaignQualities {
  readonly campaignId: string;
  readonly qualities: readonly string[];
}

export interface CommonValue {
  readonly key: string;
  /** The most frequent wording; on a tie, the one with accents, then with a capital, then alphabetical. */
  readonly text: string;
  readonly campaignCount: number;
  readonly campaignIds: readonly string[];
}

// Unaccented or lower-case spellings are usually typing shortcuts (« ecoute » for « Écoute »).
function preferWording(a: string, b: string): number {
  const accents = (w: string) => w.normalize("NFD").match(/\p{M}/gu)?.length ?? 0;
  const capital = (w: string) => (/^\p{Lu}/u.test(w) ? 1 : 0);
  return accents(b) - accents(a) || capital(b) - capital(a) || compareKeys(a, b);
}

/** Most shared first; equal counts in alphabetical order of the normalised key. */
export function commonValues(campaignsKeptQualities: readonly CampaignQualities[]): CommonValue[] {
  const byKey = new Map<string, { campaigns: Set<string>; wordings: Map<string, number> }>();
  for (const campaign of campaignsKeptQualities) {
    for (const raw of campaign.qualities) {
      const key = normaliseWording(raw);
      if (key.length === 0) continue;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { campaigns: new Set(), wordings: new Map() };
        byKey.set(key, entry);
      }
      entry.campaigns.add(campaign.campaignId);
      const wording = raw
        .trim()
        .replace(/\s+/g, " ")
        .replace(/[\s.!?;:,…]+$/u, "");
      entry.wordings.set(wording, (entry.wordings.get(wording) ?? 0) + 1);
    }
  }
  return [...byKey.entries()]
    .map(([key, entry]) => {
      const text =
        [...entry.wordings.entries()].sort((a, b) => b[1] - a[1] || preferWording(a[0], b[0]))[0]?.[0] ?? key;
      return { key, text, campaignCount: entry.campaigns.size, campaignIds: [...entry.campaigns].sort() };
    })
    .sort((a, b) => b.campaignCount - a.campaignCount || compareKeys(a.key, b.key));
}

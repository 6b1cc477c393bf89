import { campaignListCard } from "../cards/campaignListCard";
import { helpCard } from "../cards/helpCard";
import type { Repositories } from "../storage/repositories";
import { campaignSummaries } from "./campaignQueries";
import type { CommandId } from "../domain/commands";
import type { Feature } from "./feature";

/** The commands every install has: help and the list of campaigns. */
export function baseFeature(repos: Repositories, available: () => ReadonlySet<CommandId>): Feature {
  return {
    name: "base",
    commands: {
      help: async ({ port }) => {
        await port.sendCard(helpCard(port.locale, available()));
      },
      campaigns: async ({ port }) => {
        const actor = port.caller.aadObjectId ? { aadObjectId: port.caller.aadObjectId } : {};
        await port.sendCard(campaignListCard(await campaignSummaries(repos.campaigns, actor), port.locale));
      },
    },
  };
}

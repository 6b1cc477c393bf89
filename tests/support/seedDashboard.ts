import { COMMIT_PARTIES } from "../../bot/src/domain/workshopTemplate";
import { TableTransaction } from "@azure/data-tables";
import type { Campaign } from "../../bot/src/domain/campaign";
import { campaignFixture } from "./campaignFixture";
import type { RoadmapStatus } from "../../bot/src/domain/roadmap";
import type { StoredRoadmapAction } from "../../bot/src/storage/poster/roadmapRepository";
import type { TableClients } from "../../bot/src/storage/tableClients";
import { tableKey } from "../../bot/src/storage/tableKey";
import type { CampaignRepository } from "../../bot/src/storage/campaignRepository";

const STATUSES: RoadmapStatus[] = ["toStart", "inProgress", "done", "dropped"];
const OWNERS = ["Responsable accueil", "Cheffe de service", "Chargé de mission", "Direction"];

async function inBatches<T>(items: readonly T[], width: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

/**
 * 200 services × 30 actions, written the way RoadmapRepository stores them but one transaction per
 * campaign, so the seed takes seconds. Deterministic: statuses and dates follow the indexes.
 */
export async function seedDashboard(
  tables: TableClients,
  campaigns: CampaignRepository,
  services = 200,
  perService = 30,
): Promise<{ actions: number; doneCount: number }> {
  const now = "2026-11-01T09:00:00.000Z";
  const list: Campaign[] = Array.from({ length: services }, (_, i) =>
    campaignFixture({
      id: `svc-${String(i + 1).padStart(3, "0")}`,
      name: `Service ${String(i + 1).padStart(3, "0")} — 2027`,
      services: [`Service ${String(i + 1).padStart(3, "0")}`],
      state: "roadmapInProgress",
      coordinatorIds: ["local-user"],
      createdAt: now,
      updatedAt: now,
    }),
  );
  await inBatches(list, 20, (c) => campaigns.create(c));
  const client = await tables.table("roadmap");
  let doneCount = 0;
  await inBatches(list, 10, async (c) => {
    const index = Number(c.id.slice(4));
    const ops = new TableTransaction();
    for (let j = 0; j < perService; j++) {
      const status = STATUSES[(index + j) % 4]!;
      if (status === "done") doneCount++;
      const action: StoredRoadmapAction = {
        id: `action-c${j + 1}`,
        commitmentId: `c${j + 1}`,
        campaignId: c.id,
        party: COMMIT_PARTIES[j % COMMIT_PARTIES.length]!,
        title: `Engagement ${j + 1} du service ${index}`,
        owner: OWNERS[(index + j) % OWNERS.length]!,
        dueDate: j % 5 === 0 ? "2026-01-15" : "2027-06-30",
        status,
        progress: status === "done" ? 100 : status === "inProgress" ? (j * 7) % 100 : 0,
        updates: [],
        createdAt: now,
        updatedAt: now,
      };
      ops.createEntity({
        partitionKey: tableKey(c.id),
        rowKey: tableKey(action.id),
        body: JSON.stringify(action),
        campaignId: c.id,
        status: action.status,
        progress: action.progress,
        owner: action.owner ?? "",
        dueDate: action.dueDate ?? "",
      });
    }
    await client.submitTransaction(ops.actions);
  });
  return { actions: services * perService, doneCount };
}

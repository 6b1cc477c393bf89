import { startAzurite } from "../bot/src/dev/azurite";
import { azuriteConnectionString } from "../bot/src/config/config";
import { DocumentTable } from "../bot/src/storage/documentTable";
import { TableClients } from "../bot/src/storage/tableClients";
import { freePort } from "../tests/support/freePort";
import { summarise, printTable } from "./stats";

/** The floor every feature pays: one insert, one read, one conditional replace against Azurite. */
async function main(): Promise<void> {
  const port = await freePort();
  const azurite = await startAzurite({ port, inMemory: true, startTimeoutMs: 60_000 });
  try {
    const clients = TableClients.fromConfig({
      kind: "connectionString",
      connectionString: azuriteConnectionString(port),
      tablePrefix: "bench",
    });
    const table = new DocumentTable<{ n: number; text: string }>(clients, "roundtrip");
    await table.insertOnce("warm", "up", { n: 0, text: "x" });
    const n = 500;
    const inserts: number[] = [];
    const reads: number[] = [];
    const replaces: number[] = [];
    for (let i = 0; i < n; i++) {
      let t = performance.now();
      await table.insertOnce("p", `r${i}`, { n: i, text: "accueil de qualité" });
      inserts.push(performance.now() - t);
      t = performance.now();
      const got = await table.get("p", `r${i}`);
      reads.push(performance.now() - t);
      t = performance.now();
      await table.replace("p", `r${i}`, { n: i + 1, text: "respect" }, got!.etag);
      replaces.push(performance.now() - t);
    }
    printTable(`Azurite round trips (${n} each, sequential)`, [
      summarise("insertOnce", inserts),
      summarise("get", reads),
      summarise("replace (ETag)", replaces),
    ]);
    console.log(`peak RSS: ${(process.memoryUsage().rss / 1048576).toFixed(1)} MiB`);
  } finally {
    await azurite.stop();
  }
}

void main();

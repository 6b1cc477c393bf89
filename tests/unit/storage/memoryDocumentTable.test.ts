import { OutboxRepository } from "../../../bot/src/storage/outbox/outboxRepository";
import { DocumentTable } from "../../../bot/src/storage/documentTable";
import { MemoryDocumentTable, MemoryTables } from "../../support/memoryDocumentTable";
import { memoryBackend, overMemory } from "../../support/storeBackends";

// What the memory table does beyond the shared contract (tests/integration/storage/documentTableContract.test.ts).
describe("the memory document table", () => {
  it("rejects a filter it does not implement instead of answering it wrongly", async () => {
    const table = new MemoryTables().table<{ n: number }>("t");
    await table.insertOnce("p", "r", { n: 1 });
    await expect(table.query("Timestamp ge datetime'2027-01-01T00:00:00Z'")).rejects.toBeInstanceOf(SyntaxError);
  });

  it("puts every DocumentTable of a repository in memory, under its logical name", async () => {
    const tables = new MemoryTables();
    const outbox = memoryBackend.open().repository((clients) => new OutboxRepository(clients));
    const fields = Object.values(outbox as object);
    expect(fields.some((f) => f instanceof DocumentTable)).toBe(false);
    expect(
      fields
        .filter((f) => f instanceof MemoryDocumentTable)
        .map((f) => (f as MemoryDocumentTable<unknown>).logicalName),
    ).toEqual(["outbox", "outboxJobs"]);
    await expect(outbox.getJob("nobody")).resolves.toBeUndefined();
    expect(overMemory({ plain: 1 }, tables)).toEqual({ plain: 1 });
  });
});

import { DocumentTable } from "../../../bot/src/storage/documentTable";
import { isTransientError } from "../../../bot/src/storage/storageErrors";
import { TableClients } from "../../../bot/src/storage/tableClients";
import { FaultyStorageProxy } from "../../support/faultyStorageProxy";
import { testConnectionString, uniqueTablePrefix } from "../../support/testStorage";

// Teams drops an invoke after about 5 s; a storage call must give up (or succeed) well before.
const TEAMS_INVOKE_TIMEOUT_MS = 5000;

describe("every Tables call has a deadline below Teams' invoke timeout", () => {
  const proxy = FaultyStorageProxy.forConnectionString(testConnectionString());
  let table: DocumentTable<{ n: number }>;

  beforeAll(async () => {
    await proxy.start();
    const clients = TableClients.fromConfig({
      kind: "connectionString",
      connectionString: proxy.connectionString(testConnectionString()),
      tablePrefix: uniqueTablePrefix(),
    });
    table = new DocumentTable<{ n: number }>(clients, "deadlines");
    await table.insertOnce("p", "a", { n: 1 });
  });
  afterEach(() => proxy.restore());
  afterAll(() => proxy.stop());

  async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
    const started = performance.now();
    try {
      const value = await call();
      return { ms: performance.now() - started, value };
    } catch (error) {
      return { ms: performance.now() - started, error };
    }
  }

  it("gives up on a storage that never answers, in time, with an error marked transient", async () => {
    void proxy.outage("hold");
    const calls = await Promise.all([
      timed(() => table.get("p", "a")),
      timed(() => table.insertOnce("p", "b", { n: 2 })),
    ]);
    for (const call of calls) {
      expect(call.ms).toBeLessThan(TEAMS_INVOKE_TIMEOUT_MS - 500);
      expect(isTransientError(call.error)).toBe(true);
    }
  }, 20_000);

  it("cuts a slow attempt and tries again, so a 6-second stall still answers in time", async () => {
    void proxy.outage("delay", { count: 1 });
    proxy.configure({ delayMs: [6000, 6000] });
    const read = await timed(() => table.get("p", "a"));
    expect(read.error).toBeUndefined();
    expect(read.value?.value).toEqual({ n: 1 });
    expect(read.ms).toBeLessThan(TEAMS_INVOKE_TIMEOUT_MS - 500);
  }, 20_000);

  it("retries 503s and cut connections within the deadline, and keeps 404/409/412 as answers", async () => {
    void proxy.outage("503", { count: 2 });
    expect((await table.get("p", "a"))?.value).toEqual({ n: 1 });
    void proxy.outage("resetBefore", { count: 2 });
    expect(await table.insertOnce("p", "c", { n: 3 })).toBe(true);
    expect(await table.get("p", "missing")).toBeUndefined();
    expect(await table.insertOnce("p", "c", { n: 4 })).toBe(false);
    expect(proxy.faults["503"] + proxy.faults.resetBefore).toBe(4);
  });

  it("reports a lasting 503 as that status, transient, in time", async () => {
    void proxy.outage("503");
    const call = await timed(() => table.upsert("p", "d", { n: 5 }));
    expect((call.error as { statusCode?: number }).statusCode).toBe(503);
    expect(isTransientError(call.error)).toBe(true);
    expect(call.ms).toBeLessThan(TEAMS_INVOKE_TIMEOUT_MS - 500);
  });
});

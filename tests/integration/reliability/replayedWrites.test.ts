import { defaultWorkshopSettings } from "../../../bot/src/domain/workshopSettings";
import { UsagerRepository, type UsagerRecord } from "../../../bot/src/storage/recruitment/usagerRepository";
import { TableClients } from "../../../bot/src/storage/tableClients";
import { WorkshopSettingsRepository } from "../../../bot/src/storage/workshop/settingsRepository";
import { FaultyStorageProxy } from "../../support/faultyStorageProxy";
import { testConnectionString, uniqueTablePrefix } from "../../support/testStorage";

/** Writes that act in two steps, or whose 409/412 may be their own write replayed after a cut connection. */
describe("insert-once writes through a failing connection", () => {
  const proxy = FaultyStorageProxy.forConnectionString(testConnectionString());
  let tables: TableClients;

  beforeAll(async () => {
    await proxy.start();
    tables = TableClients.fromConfig({
      kind: "connectionString",
      connectionString: proxy.connectionString(testConnectionString()),
      tablePrefix: uniqueTablePrefix(),
    });
  });
  afterEach(() => proxy.restore());
  afterAll(() => proxy.stop());

  it("an usager whose token index could not be written gets it when the create is retried", async () => {
    const usagers = new UsagerRepository(tables);
    const now = new Date().toISOString();
    const record: UsagerRecord = {
      campaignId: "c1",
      id: "u1",
      name: "Mme Usagère",
      status: "nominated",
      nominatedBy: "aad-agent",
      tokenHash: "a".repeat(64),
      tokenExpiresAt: now,
      locale: "fr",
      createdAt: now,
      updatedAt: now,
    };
    void proxy.outage("503", { match: (r) => r.method === "POST" && r.path.includes("usagerTokens") });
    await expect(usagers.create(record)).rejects.toMatchObject({ statusCode: 503 });
    proxy.restore();
    await usagers.create(record);
    expect((await usagers.byTokenHash(record.tokenHash))?.id).toBe("u1");
  });

  it("a first settings save whose answer was lost is not refused as someone else's", async () => {
    const settings = new WorkshopSettingsRepository(tables);
    void proxy.outage("resetAfter", {
      count: 1,
      match: (r) => r.method === "POST" && r.path.includes("workshopSettings"),
    });
    await expect(settings.save("c1", defaultWorkshopSettings(), null)).resolves.toEqual(expect.any(String));
    expect(proxy.faults.resetAfter).toBe(1);
    // Someone else's first save, in between, is still refused.
    await expect(settings.save("c1", { ...defaultWorkshopSettings(), maxEntriesPerStep: 3 }, null)).rejects.toThrow(
      "Concurrent update",
    );
  });
});

import { createLogger } from "../../../bot/src/logging/logger";
import { doOnce, type OnceDeps } from "../../../bot/src/services/doOnce";
import { CLAIM_LEASE_MS, ProcessedActivityRepository } from "../../../bot/src/storage/processedActivityRepository";
import { isTransientError } from "../../../bot/src/storage/storageErrors";
import { TableClients } from "../../../bot/src/storage/tableClients";
import { FaultyStorageProxy } from "../../support/faultyStorageProxy";
import { testConnectionString, uniqueTablePrefix } from "../../support/testStorage";

/** Claims tied to the outcome: "done" only once the work completed, whatever storage or the process does. */
describe("claims before acting", () => {
  const proxy = FaultyStorageProxy.forConnectionString(testConnectionString(), {
    kinds: ["503", "resetBefore", "resetAfter"],
    seed: 7,
  });
  let claims: ProcessedActivityRepository;
  let deps: OnceDeps;
  let n = 0;
  const key = () => `activity-${++n}`;

  beforeAll(async () => {
    await proxy.start();
    const tables = TableClients.fromConfig({
      kind: "connectionString",
      connectionString: proxy.connectionString(testConnectionString()),
      tablePrefix: uniqueTablePrefix(),
    });
    claims = new ProcessedActivityRepository(tables);
    deps = { claims, clock: () => new Date(), logger: createLogger("silent") };
  });
  afterEach(() => {
    proxy.restore();
    proxy.configure({ rate: 0 });
  });
  afterAll(() => proxy.stop());

  it("is done only once completed; a failed run gives its claim back and the next run does the work", async () => {
    const k = key();
    await expect(
      doOnce(deps, "conv", k, () => Promise.reject(new Error("storage fault in the handler"))),
    ).rejects.toThrow("storage fault");
    const answered = await doOnce(deps, "conv", k, async () => "answered");
    expect(answered).toMatchObject({ ran: true, value: "answered" });
    if (answered.ran) await answered.completed;
    await expect(doOnce(deps, "conv", k, async () => "again")).resolves.toEqual({ ran: false, why: "done" });
  });

  it("leaves a started claim to its holder until the lease runs out, then lets a resend take it over", async () => {
    const k = key();
    const t0 = Date.now();
    const at = (ms: number) => new Date(t0 + ms);
    expect((await claims.claim("conv", k, at(0))).kind).toBe("claimed");
    // The holder dies here: nothing completes or releases its claim.
    expect(await claims.claim("conv", k, at(1000))).toEqual({ kind: "busy", leaseUntil: t0 + CLAIM_LEASE_MS });
    const takeover = await claims.claim("conv", k, at(CLAIM_LEASE_MS + 1));
    expect(takeover.kind).toBe("claimed");
    if (takeover.kind === "claimed") await claims.complete(takeover.claim, at(CLAIM_LEASE_MS + 2));
    expect((await claims.claim("conv", k, at(CLAIM_LEASE_MS * 10))).kind).toBe("done");
  });

  it("makes a resend wait for a dead holder's lease, then do the work", async () => {
    const k = key();
    // A holder that claimed 5.5 s ago and died: its lease ends in half a second.
    await claims.claim("conv", k, new Date(Date.now() - CLAIM_LEASE_MS + 500));
    const started = performance.now();
    const outcome = await doOnce(deps, "conv", k, async () => "answered", CLAIM_LEASE_MS + 1000);
    expect(outcome).toMatchObject({ ran: true, value: "answered" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);
  });

  it("renews a holder's lease, so a slow but living holder is not taken over", async () => {
    const k = key();
    const t0 = Date.now();
    const first = await claims.claim("conv", k, new Date(t0));
    if (first.kind !== "claimed") throw new Error("expected a claim");
    expect(await claims.renew(first.claim, new Date(t0 + CLAIM_LEASE_MS - 100))).toBeDefined();
    expect((await claims.claim("conv", k, new Date(t0 + CLAIM_LEASE_MS + 1))).kind).toBe("busy");
  });

  it("recognises its own claim when the write went through but its answer was lost", async () => {
    const k = key();
    void proxy.outage("resetAfter", {
      count: 1,
      match: (r) => r.method === "POST" && r.path.includes("processedActivities"),
    });
    const result = await claims.claim("conv", k, new Date());
    expect(proxy.faults.resetAfter).toBeGreaterThan(0);
    expect(result.kind).toBe("claimed");
  });

  it("under 25% storage faults, with six deliveries of each of 12 activities racing: no work twice, none lost", async () => {
    proxy.configure({ rate: 0.25 });
    const keys = Array.from({ length: 12 }, key);
    const runs = new Map<string, number>(keys.map((k) => [k, 0]));
    const outcomes = await Promise.all(
      keys.map((k) =>
        Promise.all(
          Array.from({ length: 6 }, () =>
            doOnce(
              deps,
              "conv",
              k,
              async () => {
                // Work that lasts a moment, so that the other deliveries race it: the race is under test.
                await new Promise((r) => setTimeout(r, 20));
                runs.set(k, runs.get(k)! + 1);
              },
              2000,
            ).then(
              async (o) => {
                if (!o.ran) return o.why;
                await o.completed;
                return "ran";
              },
              (error: unknown) => (isTransientError(error) ? "failed" : `bug: ${String(error)}`),
            ),
          ),
        ),
      ),
    );
    expect(outcomes.flat().filter((o) => o.startsWith("bug"))).toEqual([]);
    expect(proxy.faultCount).toBeGreaterThan(5);
    keys.forEach((k, i) => {
      const seen = outcomes[i]!;
      // Work done at most once; "done" only after someone really did it.
      expect(runs.get(k)).toBe(seen.includes("ran") ? 1 : 0);
      if (seen.includes("done")) expect(seen).toContain("ran");
    });
    // Storage healthy again: the activities nobody got through are resent, and done once.
    proxy.configure({ rate: 0 });
    const resent = keys.filter((_, i) => !outcomes[i]!.includes("ran"));
    for (const k of resent)
      expect(
        (await doOnce(deps, "conv", k, async () => void runs.set(k, runs.get(k)! + 1), CLAIM_LEASE_MS + 1000)).ran,
      ).toBe(true);
    expect([...runs.values()]).toEqual(keys.map(() => 1));
  }, 30_000);
});

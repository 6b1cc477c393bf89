import { ConcurrencyError, statusOf } from "../../../bot/src/storage/storageErrors";
import { fromTableKey, odataString, tableKey } from "../../../bot/src/storage/tableKey";
import { STORE_BACKENDS, type TestStore } from "../../support/storeBackends";

interface Doc {
  n: number;
  label: string;
  tags?: string[];
  note?: string;
}

const doc = (n: number, label = `d${n}`): Doc => ({ n, label });
const pad = (i: number) => String(i).padStart(5, "0");

/**
 * The contract of DocumentTable (its header and method comments), run against the real table on
 * Azurite and against the memory table the service tests use: a case that passes on one and not
 * the other is a bug in the memory table or a finding about the real one.
 */
describe.each(STORE_BACKENDS)("document table contract over %s", (_name, backend) => {
  let store: TestStore;
  beforeAll(() => {
    store = backend.open();
  });

  describe("reads", () => {
    it("reads a missing document as undefined, not an error", async () => {
      const table = store.table<Doc>("reads");
      await expect(table.get("p", "missing")).resolves.toBeUndefined();
      await expect(table.get("no-such-partition", "missing")).resolves.toBeUndefined();
    });

    it("gives back the JSON of what was written: fresh objects, undefined fields dropped", async () => {
      const table = store.table<Doc>("reads");
      const written: Doc = { n: 1.5, label: "Accueil « mairie » — été", tags: ["a", "b"], note: undefined };
      await table.insertOnce("p", "json", written);
      const first = await table.get("p", "json");
      expect(first?.value).toEqual({ n: 1.5, label: "Accueil « mairie » — été", tags: ["a", "b"] });
      expect(Object.keys(first!.value)).not.toContain("note");
      first!.value.tags!.push("changed by the reader");
      expect((await table.get("p", "json"))?.value.tags).toEqual(["a", "b"]);
    });

    it("keeps tables and partitions apart, and two handles on one table see the same rows", async () => {
      const a = store.table<Doc>("apartA");
      const b = store.table<Doc>("apartB");
      await a.insertOnce("p", "r", doc(1));
      await a.insertOnce("q", "r", doc(2));
      await expect(b.get("p", "r")).resolves.toBeUndefined();
      expect((await store.table<Doc>("apartA").get("p", "r"))?.value).toEqual(doc(1));
      expect((await a.get("q", "r"))?.value).toEqual(doc(2));
    });
  });

  describe("insert-once", () => {
    it("insertOnce: true when this call created it, false when it was there, and the first value stays", async () => {
      const table = store.table<Doc>("once");
      await expect(table.insertOnce("p", "once", doc(1, "first"))).resolves.toBe(true);
      await expect(table.insertOnce("p", "once", doc(2, "second"))).resolves.toBe(false);
      expect((await table.get("p", "once"))?.value).toEqual(doc(1, "first"));
    });

    it("create: the new ETag (the one a read gives) or undefined when it was there", async () => {
      const table = store.table<Doc>("once");
      const etag = await table.create("p", "create", doc(1));
      expect(typeof etag).toBe("string");
      expect((await table.get("p", "create"))?.etag).toBe(etag);
      await expect(table.create("p", "create", doc(2))).resolves.toBeUndefined();
      expect((await table.get("p", "create"))?.value).toEqual(doc(1));
      // The ETag create gave is good for a conditional write.
      await expect(table.replace("p", "create", doc(3), etag!)).resolves.toEqual(expect.any(String));
    });

    it("only one of many concurrent inserts of one key wins", async () => {
      const table = store.table<Doc>("once");
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => table.insertOnce("p", "race", doc(i))));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await table.get("p", "race"))?.value.n).toBe(results.indexOf(true));
    });
  });

  describe("insertManyOnce", () => {
    it("inserts more than one transaction's worth and answers, in order, whether each was created", async () => {
      const table = store.table<Doc>("many");
      const docs = Array.from({ length: 250 }, (_, i) => ({
        rowKey: `r${pad(i)}`,
        value: doc(i),
        index: { odd: i % 2 },
      }));
      expect(await table.insertManyOnce("p", docs)).toEqual(docs.map(() => true));
      expect((await table.listPartition("p")).map((v) => v.value.n)).toEqual(docs.map((d) => d.value.n));
      expect(await table.insertManyOnce("p", [])).toEqual([]);
    });

    it("a resumed call creates only what is missing and keeps what was there", async () => {
      const table = store.table<Doc>("resumed");
      await table.insertManyOnce(
        "p",
        Array.from({ length: 120 }, (_, i) => ({ rowKey: `r${pad(i)}`, value: doc(i) })),
      );
      const again = Array.from({ length: 150 }, (_, i) => ({ rowKey: `r${pad(i + 60)}`, value: doc(-1, "again") }));
      const created = await table.insertManyOnce("p", again);
      expect(created).toEqual(again.map((_, i) => i + 60 >= 120));
      expect((await table.get("p", `r${pad(100)}`))?.value).toEqual(doc(100));
      expect((await table.get("p", `r${pad(200)}`))?.value).toEqual(doc(-1, "again"));
      expect(await table.listPartition("p")).toHaveLength(210);
    });
  });

  describe("conditional writes (ETags)", () => {
    it("replace with the current ETag writes and returns the new ETag; a stale one throws ConcurrencyError", async () => {
      const table = store.table<Doc>("etags");
      await table.insertOnce("p", "etag", doc(0));
      const read = await table.get("p", "etag");
      const etag = await table.replace("p", "etag", doc(1), read!.etag);
      expect(etag).not.toBe(read!.etag);
      expect((await table.get("p", "etag"))?.etag).toBe(etag);
      const stale = table.replace("p", "etag", doc(2), read!.etag);
      await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stale).rejects.toMatchObject({ partitionKey: "p", rowKey: "etag" });
      expect((await table.get("p", "etag"))?.value).toEqual(doc(1));
      await expect(table.replace("p", "etag", doc(3), etag)).resolves.toEqual(expect.any(String));
    });

    it("replace of a missing document fails as not found (404), not as a conflict", async () => {
      const table = store.table<Doc>("etags");
      const etag = (await table.create("p", "vanished", doc(0)))!;
      await table.delete("p", "vanished");
      const error: unknown = await table.replace("p", "vanished", doc(1), etag).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(ConcurrencyError);
      expect(statusOf(error)).toBe(404);
      await expect(table.get("p", "vanished")).resolves.toBeUndefined();
    });

    it("upsert writes whatever is there, creating it when missing, and changes the ETag", async () => {
      const table = store.table<Doc>("etags");
      await table.upsert("p", "last", doc(1));
      const first = await table.get("p", "last");
      expect(first?.value).toEqual(doc(1));
      await table.upsert("p", "last", doc(2));
      const second = await table.get("p", "last");
      expect(second?.value).toEqual(doc(2));
      expect(second?.etag).not.toBe(first?.etag);
      await expect(table.replace("p", "last", doc(3), first!.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    });
  });

  describe("delete", () => {
    it("answers whether there was something to delete", async () => {
      const table = store.table<Doc>("deletes");
      await table.insertOnce("p", "gone", doc(1));
      await expect(table.delete("p", "gone")).resolves.toBe(true);
      await expect(table.delete("p", "gone")).resolves.toBe(false);
      await expect(table.get("p", "gone")).resolves.toBeUndefined();
      await expect(table.insertOnce("p", "gone", doc(2))).resolves.toBe(true);
    });

    it("with an ETag, deletes only if nobody wrote since, and says false otherwise", async () => {
      const table = store.table<Doc>("deletes");
      await table.insertOnce("p", "guarded", doc(1));
      const stale = (await table.get("p", "guarded"))!.etag;
      await table.upsert("p", "guarded", doc(2));
      await expect(table.delete("p", "guarded", stale)).resolves.toBe(false);
      expect((await table.get("p", "guarded"))?.value).toEqual(doc(2));
      const current = (await table.get("p", "guarded"))!.etag;
      await expect(table.delete("p", "guarded", current)).resolves.toBe(true);
      await expect(table.delete("p", "guarded", current)).resolves.toBe(false);
    });
  });

  describe("update (read-modify-write)", () => {
    it("returns the stored value and an ETag good for the next write", async () => {
      const table = store.table<Doc>("updates");
      await table.insertOnce("p", "u", doc(1));
      const updated = await table.update("p", "u", (d) => ({ ...d, n: d.n + 1 }));
      expect(updated?.value).toEqual(doc(2, "d1"));
      expect((await table.get("p", "u"))?.etag).toBe(updated?.etag);
      await expect(table.replace("p", "u", doc(3), updated!.etag)).resolves.toEqual(expect.any(String));
    });

    it("leaves the document alone when the change returns undefined, and answers undefined for a missing one", async () => {
      const table = store.table<Doc>("updates");
      await table.insertOnce("p", "same", doc(1));
      const before = await table.get("p", "same");
      await expect(table.update("p", "same", () => undefined)).resolves.toEqual(before);
      expect((await table.get("p", "same"))?.etag).toBe(before?.etag);
      const change = jest.fn((d: Doc) => d);
      await expect(table.update("p", "nobody", change)).resolves.toBeUndefined();
      expect(change).not.toHaveBeenCalled();
    });

    it("retries on conflict so that concurrent increments are all applied", async () => {
      const table = store.table<Doc>("updates");
      await table.insertOnce("p", "counter", doc(0));
      await Promise.all(
        Array.from({ length: 10 }, () =>
          table.update(
            "p",
            "counter",
            (d) => ({ ...d, n: d.n + 1 }),
            () => ({}),
            50,
          ),
        ),
      );
      expect((await table.get("p", "counter"))?.value.n).toBe(10);
    });

    it("writes the index columns computed from the new value", async () => {
      const table = store.table<Doc>("updates");
      await table.insertOnce("p", "indexed", doc(1), { parity: "odd" });
      await table.update(
        "p",
        "indexed",
        (d) => ({ ...d, n: 2 }),
        (d) => ({ parity: d.n % 2 === 0 ? "even" : "odd" }),
      );
      expect(await table.query("PartitionKey eq 'p' and parity eq 'even'")).toHaveLength(1);
    });
  });

  describe("queries", () => {
    let table: ReturnType<TestStore["table"]>;
    beforeAll(async () => {
      table = store.table<Doc>("queries");
      const rows: [string, string, Doc, Record<string, string | number | boolean>][] = [
        ["job1", "b", doc(2), { status: "pending", due: "0002", count: 2, urgent: true }],
        ["job1", "a", doc(1), { status: "sent", due: "0001", count: 1, urgent: false }],
        ["job1", "c", doc(3), { status: "failed", due: "0003", count: 3, urgent: false }],
        ["job2", "a", doc(4), { status: "pending", due: "0009", count: 4, urgent: true }],
        ["job2", "b", doc(5), { status: "unreachable", due: "0001", count: 5, urgent: false }],
        ["job3", "a", doc(6), { owner: "O'Brien" }],
        ["job0", "z", doc(7), {}],
      ];
      for (const [pk, rk, value, index] of rows) await table.insertOnce(pk, rk, value, index);
    });
    const ns = (rows: { value: unknown }[]) => rows.map((r) => (r.value as Doc).n);

    it("lists one partition, in row key order", async () => {
      expect(ns(await table.listPartition("job1"))).toEqual([1, 2, 3]);
      expect(await table.listPartition("nobody")).toEqual([]);
    });

    it("returns rows across partitions in partition then row key order", async () => {
      expect(ns(await table.query("RowKey ne ''"))).toEqual([7, 1, 2, 3, 4, 5, 6]);
    });

    it("filters on index columns with and, or, parentheses and string comparisons", async () => {
      expect(ns(await table.query("status eq 'pending' and due le '0005'"))).toEqual([2]);
      expect(
        ns(await table.query("PartitionKey eq 'job1' and (status eq 'failed' or status eq 'unreachable')")),
      ).toEqual([3]);
      expect(ns(await table.query("(status eq 'failed' or status eq 'unreachable')"))).toEqual([3, 5]);
      expect(ns(await table.query("PartitionKey ge 'job1' and PartitionKey lt 'job2'"))).toEqual([1, 2, 3]);
      expect(ns(await table.query("due gt '0001' and not (status eq 'failed')"))).toEqual([2, 4]);
    });

    it("matches a quote escaped with odataString", async () => {
      expect(ns(await table.query(`owner eq '${odataString("O'Brien")}'`))).toEqual([6]);
    });

    it("skips rows that lack the column, whatever the operator", async () => {
      expect(ns(await table.query("status ne 'sent'"))).toEqual([2, 3, 4, 5]);
      expect(ns(await table.query("owner ne 'nobody'"))).toEqual([6]);
    });

    it("filters on number and boolean index columns", async () => {
      expect(ns(await table.query("count ge 3"))).toEqual([3, 4, 5]);
      expect(ns(await table.query("urgent eq true"))).toEqual([2, 4]);
    });

    it("columns: only the selected index columns of matching rows, no bodies", async () => {
      const rows = await table.columns("PartitionKey eq 'job1'", ["status", "count"]);
      expect(rows).toEqual([
        { status: "sent", count: 1 },
        { status: "pending", count: 2 },
        { status: "failed", count: 3 },
      ]);
      expect(rows.every((r) => !("body" in r) && !("label" in r))).toBe(true);
    });

    it("columns: a selected column a row does not have reads as nothing", async () => {
      const [row] = await table.columns("PartitionKey eq 'job3'", ["status", "owner"]);
      expect(row?.owner).toBe("O'Brien");
      expect(row).toEqual({ owner: "O'Brien" });
      expect(row?.status).toBeUndefined();
    });

    it("a write replaces the index columns: one not given again is gone", async () => {
      const t = store.table<Doc>("reindexed");
      await t.insertOnce("p", "r", doc(1), { status: "pending", due: "0001" });
      const read = await t.get("p", "r");
      await t.replace("p", "r", doc(1), read!.etag, { status: "sent" });
      expect(await t.query("due eq '0001'")).toEqual([]);
      expect(await t.query("status eq 'sent'")).toHaveLength(1);
      await t.upsert("p", "r", doc(1), {});
      expect(await t.query("status eq 'sent'")).toEqual([]);
    });

    it("follows continuation tokens: more than a page (1,000) comes back whole", async () => {
      const big = store.table<Doc>("pages");
      const docs = Array.from({ length: 1105 }, (_, i) => ({ rowKey: pad(i), value: doc(i), index: { kind: "b" } }));
      await big.insertManyOnce("bulk", docs);
      expect(await big.listPartition("bulk")).toHaveLength(1105);
      expect(await big.query("kind eq 'b'")).toHaveLength(1105);
      expect(await big.columns("PartitionKey eq 'bulk'", ["kind"])).toHaveLength(1105);
    });
  });

  describe("sizes and keys", () => {
    it("stores a document larger than one 32K property and reads it back whole", async () => {
      // Mostly ASCII: Azurite 3.x corrupts a multi-byte character that straddles a request chunk
      // boundary; Azure itself does not.
      const table = store.table<Doc>("sizes");
      const label = `engagé ${"x".repeat(70_000)} fin`;
      await table.insertOnce("p", "large", doc(7, label));
      const back = await table.get("p", "large");
      expect(back?.value.label === label).toBe(true);
      await table.replace("p", "large", doc(8, "short now"), back!.etag);
      expect((await table.get("p", "large"))?.value).toEqual(doc(8, "short now"));
    });

    it("stores many large documents in one insertManyOnce", async () => {
      const table = store.table<Doc>("sizes");
      const label = "y".repeat(100_000);
      const docs = Array.from({ length: 15 }, (_, i) => ({ rowKey: `big${i}`, value: doc(i, label) }));
      expect(await table.insertManyOnce("many", docs)).toEqual(docs.map(() => true));
      expect((await table.get("many", "big14"))?.value.label).toBe(label);
    });

    it("refuses a body over 16 columns of 30,000 characters (an entity is at most 1 MiB in UTF-16) with a RangeError, before writing anything", async () => {
      const table = store.table<Doc>("sizes");
      const huge = doc(1, "z".repeat(480_001));
      await expect(table.insertOnce("p", "huge", huge)).rejects.toBeInstanceOf(RangeError);
      await expect(table.upsert("p", "huge", huge)).rejects.toBeInstanceOf(RangeError);
      await table.insertOnce("p", "small", doc(1));
      const etag = (await table.get("p", "small"))!.etag;
      await expect(table.replace("p", "small", huge, etag)).rejects.toBeInstanceOf(RangeError);
      await expect(
        table.insertManyOnce("batch", [
          { rowKey: "fine", value: doc(1) },
          { rowKey: "huge", value: huge },
        ]),
      ).rejects.toBeInstanceOf(RangeError);
      await expect(table.listPartition("batch")).resolves.toEqual([]);
      await expect(table.get("p", "huge")).resolves.toBeUndefined();
    });

    it("takes Teams-style ids once made safe by tableKey, and gives them back", async () => {
      const table = store.table<Doc>("keys");
      const raw = "19:abc/def\\ghi#jkl?mno@thread.tacv2;messageid=1\u0007";
      const key = tableKey(raw);
      await table.insertOnce(key, key, doc(1, "teams"));
      expect((await table.get(key, key))?.value.label).toBe("teams");
      expect((await table.listPartition(key)).map((v) => v.value.label)).toEqual(["teams"]);
      expect(fromTableKey(key)).toBe(raw);
    });

    it("refuses a raw key with a forbidden character (400): keys must go through tableKey", async () => {
      const table = store.table<Doc>("keys");
      const error: unknown = await table.insertOnce("p", "a/b", doc(1)).catch((e: unknown) => e);
      expect(statusOf(error)).toBe(400);
    });

    it("refuses one insertManyOnce naming the same row key twice (400), writing none of it", async () => {
      const table = store.table<Doc>("keys");
      const error: unknown = await table
        .insertManyOnce("dup", [
          { rowKey: "same", value: doc(1) },
          { rowKey: "other", value: doc(2) },
          { rowKey: "same", value: doc(3) },
        ])
        .catch((e: unknown) => e);
      expect(statusOf(error)).toBe(400);
      await expect(table.listPartition("dup")).resolves.toEqual([]);
    });
  });
});

import { RestError } from "@azure/core-rest-pipeline";
import type { DocumentTable, IndexColumns, NewDocument, Versioned } from "../../bot/src/storage/documentTable";
import { ConcurrencyError } from "../../bot/src/storage/storageErrors";
import { parseFilter, type FilterValue } from "./odataFilter";

/**
 * What a repository uses of a document table: DocumentTable's public surface, without the
 * TableClients it is bound to. The memory table implements it; the contract test
 * (tests/integration/storage/documentTableContract.test.ts) holds both to the same cases.
 */
export type DocumentStore<T> = { [K in keyof DocumentTable<T>]: DocumentTable<T>[K] };

interface Row {
  /** The body as DocumentTable stores it: JSON, so reads give fresh objects and drop what JSON drops. */
  readonly json: string;
  readonly index: IndexColumns;
  readonly etag: string;
}

// DocumentTable splits a body over at most 30 columns of 30,000 characters and refuses more.
const MAX_BODY_CHARS = 16 * 30_000;
// What Azure Tables refuses in a key (tableKey encodes these) and its key length limit.
const FORBIDDEN_KEY = /[/\\#?\u0000-\u001f\u007f-\u009f]/;
const MAX_KEY_LENGTH = 1024;

let etags = 0;

/**
 * One storage account in memory: logical table name → partition → row. Tables built from the same
 * MemoryTables with the same name see the same rows, as two DocumentTables over one TableClients do.
 */
export class MemoryTables {
  private readonly tables = new Map<string, Map<string, Map<string, Row>>>();

  table<T>(logicalName: string): MemoryDocumentTable<T> {
    return new MemoryDocumentTable<T>(this, logicalName);
  }

  /** @internal the rows of one logical table, created on first use. */
  partitions(logicalName: string): Map<string, Map<string, Row>> {
    let table = this.tables.get(logicalName);
    if (!table) {
      table = new Map();
      this.tables.set(logicalName, table);
    }
    return table;
  }
}

/**
 * DocumentTable's semantics without a network: ETags change on every write, insert-once answers
 * false (or undefined) for an existing key, a conditional write on a stale ETag throws
 * ConcurrencyError, a conditional write on a missing row fails with a 404 like the service's,
 * deletes answer whether something went, queries return rows in key order, and index columns are
 * replaced with the row on every write. Every call yields to the event loop once, so concurrent
 * callers interleave between a read and a write as they do against the service.
 */
export class MemoryDocumentTable<T> implements DocumentStore<T> {
  constructor(
    private readonly tables: MemoryTables,
    readonly logicalName: string,
  ) {}

  async get(partitionKey: string, rowKey: string): Promise<Versioned<T> | undefined> {
    await turn();
    const row = this.row(partitionKey, rowKey);
    return row && { value: JSON.parse(row.json) as T, etag: row.etag };
  }

  async insertOnce(partitionKey: string, rowKey: string, value: T, index: IndexColumns = {}): Promise<boolean> {
    return (await this.create(partitionKey, rowKey, value, index)) !== undefined;
  }

  async create(partitionKey: string, rowKey: string, value: T, index: IndexColumns = {}): Promise<string | undefined> {
    const json = encode(partitionKey, rowKey, value);
    await turn();
    if (this.row(partitionKey, rowKey)) return undefined;
    return this.write(partitionKey, rowKey, json, index);
  }

  async insertManyOnce(partitionKey: string, docs: readonly NewDocument<T>[]): Promise<boolean[]> {
    // Every body is checked before anything is written, as DocumentTable encodes them all first.
    const encoded = docs.map((d) => ({ ...d, json: encode(partitionKey, d.rowKey, d.value) }));
    const keys = new Set(encoded.map((d) => d.rowKey));
    // The service refuses a transaction naming one entity twice, before running any of it. Refused
    // here wherever the two are in the call: DocumentTable would let a pair more than a transaction
    // (100 documents) apart through as created-then-false, which no caller should count on.
    if (keys.size < encoded.length)
      throw new RestError(`One insertManyOnce names a row key twice in ${partitionKey}`, {
        statusCode: 400,
        code: "InvalidDuplicateRow",
      });
    await turn();
    return encoded.map((d) => {
      if (this.row(partitionKey, d.rowKey)) return false;
      this.write(partitionKey, d.rowKey, d.json, d.index ?? {});
      return true;
    });
  }

  async replace(
    partitionKey: string,
    rowKey: string,
    value: T,
    etag: string,
    index: IndexColumns = {},
  ): Promise<string> {
    const json = encode(partitionKey, rowKey, value);
    await turn();
    const row = this.row(partitionKey, rowKey);
    if (!row) throw notFound(this.logicalName, partitionKey, rowKey);
    if (row.etag !== etag) throw new ConcurrencyError(this.logicalName, partitionKey, rowKey);
    return this.write(partitionKey, rowKey, json, index);
  }

  async upsert(partitionKey: string, rowKey: string, value: T, index: IndexColumns = {}): Promise<void> {
    const json = encode(partitionKey, rowKey, value);
    await turn();
    this.write(partitionKey, rowKey, json, index);
  }

  async delete(partitionKey: string, rowKey: string, etag?: string): Promise<boolean> {
    checkKeys(partitionKey, rowKey);
    await turn();
    const row = this.row(partitionKey, rowKey);
    if (!row || (etag && row.etag !== etag)) return false;
    this.partition(partitionKey).delete(rowKey);
    return true;
  }

  async update(
    partitionKey: string,
    rowKey: string,
    change: (current: T) => T | undefined,
    index: (value: T) => IndexColumns = () => ({}),
    attempts = 8,
  ): Promise<Versioned<T> | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get(partitionKey, rowKey);
      if (!current) return undefined;
      const next = change(current.value);
      if (next === undefined) return current;
      try {
        const etag = await this.replace(partitionKey, rowKey, next, current.etag, index(next));
        return { value: next, etag };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
      }
    }
  }

  listPartition(partitionKey: string): Promise<Versioned<T>[]> {
    return this.query(`PartitionKey eq '${partitionKey.replace(/'/g, "''")}'`);
  }

  async columns<K extends string>(filter: string, select: readonly K[]): Promise<Record<K, unknown>[]> {
    const matching = this.matching(filter);
    await turn();
    return matching.map((row) => Object.fromEntries(select.map((k) => [k, row.index[k]])) as Record<K, unknown>);
  }

  async query(filter: string): Promise<Versioned<T>[]> {
    const matching = this.matching(filter);
    await turn();
    return matching.map((row) => ({ value: JSON.parse(row.json) as T, etag: row.etag }));
  }

  /** Rows in the service's order (partition key, then row key) that the filter selects. */
  private matching(filter: string): Row[] {
    const test = parseFilter(filter);
    const out: Row[] = [];
    for (const [partitionKey, rows] of [...this.tables.partitions(this.logicalName)].sort(byKey)) {
      for (const [rowKey, row] of [...rows].sort(byKey)) {
        const property = (name: string): FilterValue | undefined =>
          name === "PartitionKey" ? partitionKey : name === "RowKey" ? rowKey : row.index[name];
        if (test(property)) out.push(row);
      }
    }
    return out;
  }

  private partition(partitionKey: string): Map<string, Row> {
    const partitions = this.tables.partitions(this.logicalName);
    let rows = partitions.get(partitionKey);
    if (!rows) {
      rows = new Map();
      partitions.set(partitionKey, rows);
    }
    return rows;
  }

  private row(partitionKey: string, rowKey: string): Row | undefined {
    checkKeys(partitionKey, rowKey);
    return this.tables.partitions(this.logicalName).get(partitionKey)?.get(rowKey);
  }

  private write(partitionKey: string, rowKey: string, json: string, index: IndexColumns): string {
    const etag = `W/"memory-${++etags}"`;
    this.partition(partitionKey).set(rowKey, { json, index: { ...index }, etag });
    return etag;
  }
}

/** Lets other callers run between two steps of one call, as a round trip to the service would. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function byKey<V>(a: [string, V], b: [string, V]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function encode(partitionKey: string, rowKey: string, value: unknown): string {
  checkKeys(partitionKey, rowKey);
  const json = JSON.stringify(value);
  if (json.length > MAX_BODY_CHARS) throw new RangeError(`Document ${partitionKey}/${rowKey} is too large to store`);
  return json;
}

/** The service refuses these keys (400); a repository that forgot tableKey must fail here too. */
function checkKeys(partitionKey: string, rowKey: string): void {
  for (const key of [partitionKey, rowKey]) {
    if (FORBIDDEN_KEY.test(key) || key.length > MAX_KEY_LENGTH)
      throw new RestError(`Invalid table key: ${JSON.stringify(key)}`, { statusCode: 400, code: "InvalidInput" });
  }
}

function notFound(table: string, partitionKey: string, rowKey: string): RestError {
  return new RestError(`${table}/${partitionKey}/${rowKey} does not exist`, {
    statusCode: 404,
    code: "ResourceNotFound",
  });
}

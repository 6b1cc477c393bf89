import type { TableClient, TableEntityResult } from "@azure/data-tables";
import type { TableClients } from "./tableClients";
import { ConcurrencyError, statusOf } from "./storageErrors";
import { odataString } from "./tableKey";

/** A stored document with the ETag to send back on the next conditional write. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

/** Extra top-level columns kept beside the JSON body so queries can filter without parsing it. */
export type IndexColumns = Record<string, string | number | boolean>;

export interface NewDocument<T> {
  readonly rowKey: string;
  readonly value: T;
  readonly index?: IndexColumns;
}

interface DocumentEntity {
  partitionKey: string;
  rowKey: string;
  body: string;
  [column: string]: unknown;
}

// Azure Tables caps a string property at 32K UTF-16 characters; bodies are split across columns.
const CHUNK = 30_000;
// And an entity at 1 MiB, strings counted as UTF-16 (two bytes a character): 16 columns of 30,000
// characters (960,000 bytes) leave room for the keys and index columns. Azurite does not enforce
// the entity cap, so only this bound stands between a large document and a 400 in production.
const MAX_CHUNKS = 16;
// Entity-group transactions: at most 100 operations and 4 MiB of payload.
const GROUP_OPERATIONS = 100;
// Counted in characters: at most 3 bytes each in UTF-8, so 1.2 M characters stay under 4 MiB.
const GROUP_CHARS = 1_200_000;
// One-by-one inserts of a group that met an existing document.
const SINGLE_INSERTS_IN_FLIGHT = 16;

/**
 * Stores aggregates as JSON documents, one entity each. Keys passed in must already be safe
 * (see tableKey). 404 reads give undefined, 409 on insert-once gives false, 412 on a conditional
 * write becomes ConcurrencyError. Every query follows continuation tokens.
 */
export class DocumentTable<T> {
  constructor(
    private readonly clients: TableClients,
    private readonly logicalName: string,
  ) {}

  private client(): Promise<TableClient> {
    return this.clients.table(this.logicalName);
  }

  async get(partitionKey: string, rowKey: string): Promise<Versioned<T> | undefined> {
    const client = await this.client();
    try {
      const entity = await client.getEntity<DocumentEntity>(partitionKey, rowKey);
      return { value: decode<T>(entity), etag: entity.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** Insert-once: true when this call created it, false when it was already there (a retry, a duplicate). */
  async insertOnce(partitionKey: string, rowKey: string, value: T, index: IndexColumns = {}): Promise<boolean> {
    return (await this.createOne(await this.client(), encode(partitionKey, rowKey, value, index))) !== undefined;
  }

  /**
   * Insert-once that returns the new ETag, or undefined when the document was already there. A 409
   * may also answer this very call's write replayed after a cut connection: callers that must tell
   * the two apart write something of their own into the document and read it back.
   */
  async create(partitionKey: string, rowKey: string, value: T, index: IndexColumns = {}): Promise<string | undefined> {
    return this.createOne(await this.client(), encode(partitionKey, rowKey, value, index));
  }

  /**
   * Insert-once for many documents of one partition, in entity-group transactions (one request
   * per 100 documents instead of one each). A transaction is all or nothing: when one of its
   * documents already exists (a resumed or repeated call), that group is inserted one by one,
   * several at a time (a double click must not cost 100 round trips in a row).
   * Returns, in order, whether each document was created by this call.
   */
  async insertManyOnce(partitionKey: string, docs: readonly NewDocument<T>[]): Promise<boolean[]> {
    const client = await this.client();
    const created: boolean[] = [];
    for (const group of transactionGroups(docs.map((d) => encode(partitionKey, d.rowKey, d.value, d.index ?? {})))) {
      try {
        await client.submitTransaction(group.map((entity) => ["create", entity]));
        created.push(...group.map(() => true));
      } catch (error) {
        if (statusOf(error) !== 409) throw error;
        const one = await inParallel(group, SINGLE_INSERTS_IN_FLIGHT, (entity) => this.createOne(client, entity));
        created.push(...one.map((etag) => etag !== undefined));
      }
    }
    return created;
  }

  private async createOne(client: TableClient, entity: DocumentEntity): Promise<string | undefined> {
    try {
      const created = await client.createEntity(entity);
      if (!created.etag) throw new Error(`Table service returned no ETag for ${entity.partitionKey}/${entity.rowKey}`);
      return created.etag;
    } catch (error) {
      if (statusOf(error) === 409) return undefined;
      throw error;
    }
  }

  /** Conditional replace: fails with ConcurrencyError if someone wrote since `etag`. Returns the new etag. */
  async replace(
    partitionKey: string,
    rowKey: string,
    value: T,
    etag: string,
    index: IndexColumns = {},
  ): Promise<string> {
    const client = await this.client();
    try {
      const result = await client.updateEntity(encode(partitionKey, rowKey, value, index), "Replace", { etag });
      if (!result.etag) throw new Error(`Table service returned no ETag for ${partitionKey}/${rowKey}`);
      return result.etag;
    } catch (error) {
      if (statusOf(error) === 412) throw new ConcurrencyError(client.tableName, partitionKey, rowKey);
      throw error;
    }
  }

  /** Unconditional write, for data where the last writer rightly wins (e.g. a conversation reference). */
  async upsert(partitionKey: string, rowKey: string, value: T, index: IndexColumns = {}): Promise<void> {
    const client = await this.client();
    await client.upsertEntity(encode(partitionKey, rowKey, value, index), "Replace");
  }

  /** Deletes; with an `etag`, only if nobody wrote since. False when it was gone (or, with an etag, changed). */
  async delete(partitionKey: string, rowKey: string, etag?: string): Promise<boolean> {
    const client = await this.client();
    try {
      await client.deleteEntity(partitionKey, rowKey, etag ? { etag } : {});
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 || (etag && status === 412)) return false;
      throw error;
    }
  }

  /**
   * Read-modify-write with optimistic concurrency, retried on conflict. `change` returns the new value,
   * or undefined to leave the document as it is. Returns the stored value.
   */
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

  async listPartition(partitionKey: string): Promise<Versioned<T>[]> {
    return this.query(`PartitionKey eq '${odataString(partitionKey)}'`);
  }

  /** Only the given index columns of the matching rows (no bodies): cheap counts and listings. */
  async columns<K extends string>(filter: string, select: readonly K[]): Promise<Record<K, unknown>[]> {
    const client = await this.client();
    const out: Record<K, unknown>[] = [];
    const pages = client
      .listEntities<Record<string, unknown>>({ queryOptions: { filter, select: [...select] } })
      .byPage({ maxPageSize: 1000 });
    for await (const page of pages) {
      for (const entity of page) out.push(Object.fromEntries(select.map((k) => [k, entity[k]])) as Record<K, unknown>);
    }
    return out;
  }

  /** Runs an OData filter and follows every continuation token (a page may be empty yet have one). */
  async query(filter: string): Promise<Versioned<T>[]> {
    const client = await this.client();
    const out: Versioned<T>[] = [];
    const pages = client.listEntities<DocumentEntity>({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 });
    for await (const page of pages) {
      for (const entity of page) out.push({ value: decode<T>(entity), etag: entity.etag });
    }
    return out;
  }
}

/** Runs `task` over `items`, at most `limit` at a time; results in the items' order. */
async function inParallel<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!);
    }),
  );
  return results;
}

/** Splits entities into transactions within the service's limits. */
function transactionGroups(entities: readonly DocumentEntity[]): DocumentEntity[][] {
  const groups: DocumentEntity[][] = [];
  let group: DocumentEntity[] = [];
  let chars = 0;
  for (const entity of entities) {
    const size = sizeOf(entity);
    if (group.length > 0 && (group.length >= GROUP_OPERATIONS || chars + size > GROUP_CHARS)) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(entity);
    chars += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function sizeOf(entity: DocumentEntity): number {
  let chars = 0;
  for (const value of Object.values(entity)) chars += typeof value === "string" ? value.length : 16;
  return chars;
}

function encode(partitionKey: string, rowKey: string, value: unknown, index: IndexColumns): DocumentEntity {
  const json = JSON.stringify(value);
  const entity: DocumentEntity = { partitionKey, rowKey, body: json.slice(0, CHUNK), ...index };
  const chunks = Math.ceil(json.length / CHUNK);
  if (chunks > MAX_CHUNKS) throw new RangeError(`Document ${partitionKey}/${rowKey} is too large to store`);
  for (let i = 1; i < chunks; i++) entity[`body${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  return entity;
}

function decode<T>(entity: TableEntityResult<DocumentEntity>): T {
  let json = entity.body;
  for (let i = 1; typeof entity[`body${i}`] === "string"; i++) json += entity[`body${i}`] as string;
  return JSON.parse(json) as T;
}

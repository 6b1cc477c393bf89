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

interface DocumentEntity {
  partitionKey: string;
  rowKey: string;
  body: string;
  [column: string]: unknown;
}

// Azure Tables caps a string property at 32K UTF-16 characters; bodies are split across columns.
const CHUNK = 30_000;
const MAX_CHUNKS = 30;

/**
 * Stores aggregates as JSON documents, one entity each. Keys passed in must already be safe
 * (see tableKey). 404 reads give undefined, 409 on insert-once gives false, 412 on a conditional
 * write becomes ConcurrencyError. Every query follows continuation tokens.
 */
export class DocumentTable<T> {
  constructor(private readonly clients: TableClients, private readonly logicalName: string) {}

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
    const client = await this.client();
    try {
      await client.createEntity(encode(partitionKey, rowKey, value, index));
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw error;
    }
  }

  /** Conditional replace: fails with ConcurrencyError if someone wrote since `etag`. Returns the new etag. */
  async replace(partitionKey: string, rowKey: string, value: T, etag: string, index: IndexColumns = {}): Promise<string> {
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

  async delete(partitionKey: string, rowKey: string): Promise<boolean> {
    const client = await this.client();
    try {
      await client.deleteEntity(partitionKey, rowKey);
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
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

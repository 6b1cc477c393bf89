import type { TableClient, TableEntity, TransactionAction } from "@azure/data-tables";
import type { IndexColumns } from "../documentTable";
import { statusOf } from "../storageErrors";
import type { TableClients } from "../tableClients";

// The layout DocumentTable reads back: the JSON body split in 30,000-character columns, index columns beside.
const CHUNK = 30_000;
const MAX_CHUNKS = 30;

function documentEntity(partitionKey: string, rowKey: string, value: unknown, index: IndexColumns): TableEntity {
  const json = JSON.stringify(value);
  const chunks = Math.ceil(json.length / CHUNK);
  if (chunks > MAX_CHUNKS) throw new RangeError(`Document ${partitionKey}/${rowKey} is too large to store`);
  const entity: TableEntity = { partitionKey, rowKey, body: json.slice(0, CHUNK), ...index };
  for (let i = 1; i < chunks; i++) entity[`body${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  return entity;
}

/** One write of an entity-group transaction. */
export type BatchWrite =
  | { readonly op: "create"; readonly rowKey: string; readonly value: unknown; readonly index?: IndexColumns }
  | {
      readonly op: "replace";
      readonly rowKey: string;
      readonly value: unknown;
      readonly etag: string;
      readonly index?: IndexColumns;
    }
  | { readonly op: "upsert"; readonly rowKey: string; readonly value: unknown; readonly index?: IndexColumns };

export type BatchOutcome =
  { readonly ok: true; readonly etags: readonly string[] } | { readonly ok: false; readonly status: 409 | 412 | 404 };

/**
 * Writes documents of one partition of one table in a single request, all or nothing (an
 * entity-group transaction: at most 100 writes). Refused as a whole when one create finds its row
 * taken (409), one replace finds its ETag stale (412) or its row gone (404): nothing is written
 * then. The storage client retries a cut request, so a 409 or 412 may also answer this very
 * batch applied once already: callers read back what they wrote to tell. New ETags come back in the order of the writes.
 *
 * Kept beside the workshop repositories rather than in DocumentTable (being reworked meanwhile);
 * the layout is DocumentTable's, so its reads decode these rows.
 */
export async function submitBatch(
  clients: TableClients,
  logicalName: string,
  partitionKey: string,
  writes: readonly BatchWrite[],
): Promise<BatchOutcome> {
  if (writes.length === 0 || writes.length > 100)
    throw new RangeError(`A batch holds 1 to 100 writes, not ${writes.length}`);
  const client = await clients.table(logicalName);
  // One write needs no transaction (whose client builds a request pipeline of its own per call).
  const [only] = writes;
  if (writes.length === 1 && only) return writeOne(client, partitionKey, only);
  const actions: TransactionAction[] = writes.map((w) => {
    const entity = documentEntity(partitionKey, w.rowKey, w.value, w.index ?? {});
    if (w.op === "create") return ["create", entity];
    if (w.op === "upsert") return ["upsert", entity, "Replace"];
    return ["update", entity, "Replace", { etag: w.etag }];
  });
  try {
    const response = await client.submitTransaction(actions);
    // An ETag the service left out comes back as "": callers then read the row again rather than guess.
    return { ok: true, etags: writes.map((_, i) => response.subResponses[i]?.etag ?? "") };
  } catch (error) {
    const status = statusOf(error);
    if (status === 409 || status === 412 || status === 404) return { ok: false, status };
    throw error;
  }
}

async function writeOne(client: TableClient, partitionKey: string, write: BatchWrite): Promise<BatchOutcome> {
  const entity = documentEntity(partitionKey, write.rowKey, write.value, write.index ?? {});
  try {
    const response =
      write.op === "create"
        ? await client.createEntity(entity)
        : write.op === "upsert"
          ? await client.upsertEntity(entity, "Replace")
          : await client.updateEntity(entity, "Replace", { etag: write.etag });
    return { ok: true, etags: [response.etag ?? ""] };
  } catch (error) {
    const status = statusOf(error);
    if (status === 409 || status === 412 || status === 404) return { ok: false, status };
    throw error;
  }
}

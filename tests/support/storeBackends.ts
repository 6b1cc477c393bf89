import { DocumentTable } from "../../bot/src/storage/documentTable";
import { TableClients } from "../../bot/src/storage/tableClients";
import { MemoryTables, type DocumentStore } from "./memoryDocumentTable";
import { testTableClients } from "./testStorage";

/** One fresh, empty storage account: document tables, and repositories built over them. */
export interface TestStore {
  table<T>(logicalName: string): DocumentStore<T>;
  /** Builds a repository (`(clients) => new XRepository(clients)`) whose tables live in this store. */
  repository<R extends object>(make: (clients: TableClients) => R): R;
}

export interface StoreBackend {
  readonly name: string;
  open(): TestStore;
}

export const azuriteBackend: StoreBackend = {
  name: "Azurite",
  open() {
    const clients = testTableClients();
    return {
      table: <T>(logicalName: string) => new DocumentTable<T>(clients, logicalName),
      repository: (make) => make(clients),
    };
  },
};

export const memoryBackend: StoreBackend = {
  name: "memory",
  open() {
    const tables = new MemoryTables();
    return {
      table: <T>(logicalName: string) => tables.table<T>(logicalName),
      repository: (make) => overMemory(make(unreachableClients()), tables),
    };
  },
};

/** For `describe.each(STORE_BACKENDS)("… over %s", …)`: the same cases on the emulator and in memory. */
export const STORE_BACKENDS: readonly (readonly [string, StoreBackend])[] = [
  [azuriteBackend.name, azuriteBackend],
  [memoryBackend.name, memoryBackend],
];

/**
 * Repositories build their DocumentTables from TableClients in their constructors, so there is no
 * seam to hand them another store: each DocumentTable field is swapped for the memory table of the
 * same logical name. A repository reaching Tables some other way fails on the first call (see
 * unreachableClients) instead of quietly writing to Azurite.
 */
export function overMemory<R extends object>(repository: R, tables: MemoryTables): R {
  const fields = repository as Record<string, unknown>;
  for (const [field, value] of Object.entries(fields)) {
    if (!(value instanceof DocumentTable)) continue;
    const logicalName = (value as unknown as { logicalName?: unknown }).logicalName;
    if (typeof logicalName !== "string")
      throw new Error(
        `Cannot tell which table ${repository.constructor.name}.${field} is: DocumentTable changed shape`,
      );
    fields[field] = tables.table(logicalName);
  }
  return repository;
}

function unreachableClients(): TableClients {
  return new TableClients(
    (name) => {
      throw new Error(`The memory store has no TableClient: a repository asked for table ${name} directly`);
    },
    // Only ping() uses the service client, and nothing under test pings a memory store.
    undefined as never,
    "memory",
  );
}

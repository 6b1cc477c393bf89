import { TableClient, TableServiceClient } from "@azure/data-tables";
import { DefaultAzureCredential } from "@azure/identity";
import type { AppConfig } from "../config/config";
import { statusOf, StorageUnavailableError } from "./storageErrors";

/**
 * Hands out one TableClient per logical table and creates each table once per process
 * (the first caller awaits creation; later callers share the same promise).
 */
export class TableClients {
  private readonly created = new Map<string, Promise<TableClient>>();

  constructor(
    private readonly make: (tableName: string) => TableClient,
    private readonly service: TableServiceClient,
    readonly prefix: string,
  ) {}

  static fromConfig(storage: AppConfig["storage"]): TableClients {
    if (storage.kind === "connectionString") {
      const insecure = /DefaultEndpointsProtocol=http;|TableEndpoint=http:/i.test(storage.connectionString);
      const options = { allowInsecureConnection: insecure };
      return new TableClients(
        (name) => TableClient.fromConnectionString(storage.connectionString, name, options),
        TableServiceClient.fromConnectionString(storage.connectionString, options),
        storage.tablePrefix,
      );
    }
    const credential = new DefaultAzureCredential();
    return new TableClients(
      (name) => new TableClient(storage.accountUrl, name, credential),
      new TableServiceClient(storage.accountUrl, credential),
      storage.tablePrefix,
    );
  }

  tableName(logical: string): string {
    return `${this.prefix}${logical}`;
  }

  table(logical: string): Promise<TableClient> {
    const name = this.tableName(logical);
    let ready = this.created.get(name);
    if (!ready) {
      const client = this.make(name);
      ready = client.createTable().then(
        () => client,
        (error: unknown) => {
          this.created.delete(name);
          throw new StorageUnavailableError(`Cannot create table ${name}`, { cause: error });
        },
      );
      this.created.set(name, ready);
    }
    return ready;
  }

  /** A cheap round trip proving the account answers (used by /api/health and start-up). */
  async ping(): Promise<void> {
    try {
      const pages = this.service.listTables().byPage({ maxPageSize: 1 });
      await pages.next();
    } catch (error) {
      throw new StorageUnavailableError(`Table storage unreachable (status ${statusOf(error) ?? "none"})`, { cause: error });
    }
  }
}

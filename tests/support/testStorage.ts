import { randomBytes } from "node:crypto";
import { TableClients } from "../../bot/src/storage/tableClients";

export function testConnectionString(): string {
  const cs = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!cs)
    throw new Error(
      "TEST_STORAGE_CONNECTION_STRING is not set: run tests through jest (its global setup starts Azurite)",
    );
  return cs;
}

/** A fresh table prefix per test file or server, so tests never see each other's data. */
export function uniqueTablePrefix(): string {
  return `t${randomBytes(6).toString("hex")}`;
}

export function testTableClients(prefix = uniqueTablePrefix()): TableClients {
  return TableClients.fromConfig({
    kind: "connectionString",
    connectionString: testConnectionString(),
    tablePrefix: prefix,
  });
}

import { AzuritePortInUseError, startAzurite, type RunningAzurite } from "../../bot/src/dev/azurite";
import { azuriteConnectionString } from "../../bot/src/config/config";
import { freePort } from "./freePort";

declare global {
  var __AZURITE__: RunningAzurite | undefined;
}

/**
 * One in-memory Azurite for the whole run, on a free port. Its child process dies with jest even
 * when jest is killed (see azuriteGuard.cjs). Tests isolate themselves with their own table prefix.
 */
export default async function globalSetup(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      globalThis.__AZURITE__ = await startAzurite({ port, inMemory: true, startTimeoutMs: 60_000 });
      process.env.TEST_STORAGE_CONNECTION_STRING = azuriteConnectionString(port);
      return;
    } catch (error) {
      if (!(error instanceof AzuritePortInUseError) || attempt >= 5) throw error;
    }
  }
}

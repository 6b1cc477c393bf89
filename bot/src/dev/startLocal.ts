import { join, resolve } from "node:path";
import { startApp, type RunningApp } from "../app";
import { azuriteConnectionString, loadConfig } from "../config/config";
import type { Logger } from "../logging/logger";
import { appRoot } from "../paths";
import { startAzurite, type RunningAzurite } from "./azurite";

export interface LocalOptions {
  readonly port?: number;
  readonly azuritePort?: number;
  readonly inMemory?: boolean;
  readonly env?: Record<string, string | undefined>;
  readonly logger?: Logger;
}

export interface LocalRun {
  readonly url: string;
  readonly botEndpoint: string;
  readonly app: RunningApp;
  stop(): Promise<void>;
}

/**
 * The whole app on one machine: Azurite's Table service (data under .data/ unless in memory) and
 * the server on 127.0.0.1, in local mode. If STORAGE_CONNECTION_STRING is set, that storage is used
 * and no Azurite is started.
 */
export async function startLocal(options: LocalOptions = {}): Promise<LocalRun> {
  const env = { ...(options.env ?? process.env) };
  if (options.port !== undefined) env.PORT = String(options.port);
  if (options.azuritePort !== undefined) env.AZURITE_TABLE_PORT = String(options.azuritePort);
  if (options.inMemory !== undefined) env.AZURITE_IN_MEMORY = options.inMemory ? "1" : "0";

  // Fail on bad settings before starting anything.
  loadConfig(env);
  let azurite: RunningAzurite | undefined;
  if (!env.STORAGE_CONNECTION_STRING && !env.STORAGE_ACCOUNT_URL) {
    const port = Number(env.AZURITE_TABLE_PORT ?? 10002);
    azurite = await startAzurite({
      port,
      inMemory: env.AZURITE_IN_MEMORY === "1" || env.AZURITE_IN_MEMORY === "true",
      location: join(resolve(appRoot(), env.DATA_DIR ?? ".data"), "azurite"),
    });
    env.STORAGE_CONNECTION_STRING = azuriteConnectionString(azurite.port);
  }
  try {
    const app = await startApp(loadConfig(env), {
      ...(options.logger ? { logger: options.logger } : {}),
      storageWaitMs: 30_000,
    });
    return {
      url: app.url,
      botEndpoint: `${app.url}/api/messages`,
      app,
      async stop() {
        await app.close();
        await azurite?.stop();
      },
    };
  } catch (error) {
    await azurite?.stop();
    throw error;
  }
}

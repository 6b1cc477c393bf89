import { startApp } from "./app";
import { ConfigError, loadConfig } from "./config/config";

/** Production entry point (App Service runs `node dist/bot/main.js`). Storage is external. */
async function main(): Promise<void> {
  const app = await startApp(loadConfig());
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "shutting down");
    await app.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Invalid configuration:\n - ${error.problems.join("\n - ")}`);
  } else {
    console.error("Start-up failed:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});

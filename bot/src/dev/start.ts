import { existsSync } from "node:fs";
import { join } from "node:path";
import { PortInUseError } from "../app";
import { ConfigError } from "../config/config";
import { appRoot } from "../paths";
import { AzuritePortInUseError } from "./azurite";
import { startLocal } from "./startLocal";

/** `npm start`: everything on 127.0.0.1, until Ctrl-C. Messages are bilingual: whoever runs it reads one. */
async function main(): Promise<void> {
  const envFile = join(appRoot(), ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  if (!existsSync(join(appRoot(), "dist", "tab", "index.html"))) {
    console.warn("⚠ dist/tab is missing: run `npm run build` (npm start does it) / le tab n'est pas construit.");
  }

  const run = await startLocal();
  const base = run.url;
  console.log(
    [
      "",
      "  Vivre ensemble le service public — prêt / ready",
      `  Onglet / Tab:              ${base}/`,
      `  Bot (Bot Framework):       ${run.botEndpoint}`,
      `  Santé / Health:            ${base}/api/health`,
      `  Données / Data:            ${process.env.AZURITE_IN_MEMORY === "1" ? "en mémoire / in memory" : ".data/ (Azurite)"}`,
      "  Ctrl-C pour arrêter / to stop",
      "",
    ].join("\n"),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    // A second Ctrl-C while stopping: stop now. Azurite's guard ends with this process (its stdin closes).
    if (stopping) {
      console.log("Arrêt immédiat / stopping now.");
      process.exit(130);
    }
    stopping = true;
    console.log(`\n${signal}: arrêt en cours / shutting down…`);
    await run.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof PortInUseError) {
    console.error(
      `Le port ${error.port} est déjà utilisé. Arrêtez l'autre programme ou choisissez un autre port : PORT=3979 npm start\n` +
        `Port ${error.port} is already in use. Stop the other program or pick another port: PORT=3979 npm start`,
    );
  } else if (error instanceof AzuritePortInUseError) {
    console.error(
      `Le port ${error.port} d'Azurite est déjà utilisé (un autre Azurite ?). Choisissez-en un autre : AZURITE_TABLE_PORT=10012 npm start\n` +
        `Azurite's port ${error.port} is already in use (another Azurite?). Pick another: AZURITE_TABLE_PORT=10012 npm start`,
    );
  } else if (error instanceof ConfigError) {
    console.error(`Configuration invalide / Invalid configuration:\n - ${error.problems.join("\n - ")}`);
  } else {
    console.error("Échec du démarrage / Start-up failed:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer as createHttpServer, request, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { PortInUseError } from "../app";
import { ConfigError } from "../config/config";
import { appRoot } from "../paths";
import { AzuritePortInUseError } from "./azurite";
import { startLocal } from "./startLocal";

/**
 * `npm run playground`: the app (startLocal) plus Microsoft 365 Agents Playground, a local Teams
 * stand-in, both on 127.0.0.1, until Ctrl-C. Environment:
 *   PLAYGROUND_PORT    Playground web UI (default 56150, the tool's own default)
 *   PLAYGROUND_LOCALE  locale of the activities the bot receives (default fr-FR)
 *   PORT, AZURITE_TABLE_PORT, AZURITE_IN_MEMORY, LOG_LEVEL   as for `npm start`
 */
const DEFAULT_PLAYGROUND_PORT = 56150;
const START_TIMEOUT_MS = 60_000;

class PlaygroundPortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Playground port ${port} is already in use`);
    this.name = "PlaygroundPortInUseError";
  }
}

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new ConfigError([`${name}: must be a port number (1-65535)`]);
  return port;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/**
 * The Playground hard-codes `locale: "en-US"` in every activity it sends, and has no setting for it.
 * The people this app serves work in French, so this small proxy between the Playground and the bot
 * rewrites the activity's locale (and its clientInfo entity) before the bot sees it.
 */
async function startLocaleShim(
  botEndpoint: string,
  locale: string,
): Promise<{ endpoint: string; close(): Promise<void> }> {
  const bot = new URL(botEndpoint);
  const server: Server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = withLocale(Buffer.concat(chunks), locale);
      const headers = { ...req.headers, host: bot.host, "content-length": String(body.length) };
      delete headers["transfer-encoding"];
      const upstream = request(
        new URL(req.url ?? "/", bot.origin),
        { method: req.method ?? "POST", headers },
        (botRes) => {
          res.writeHead(botRes.statusCode ?? 502, botRes.headers);
          botRes.pipe(res);
        },
      );
      upstream.on("error", () => {
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end("bot unreachable / bot injoignable");
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}${bot.pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function withLocale(body: Buffer, locale: string): Buffer {
  let activity: unknown;
  try {
    activity = JSON.parse(body.toString("utf8"));
  } catch {
    return body;
  }
  if (typeof activity !== "object" || activity === null || Array.isArray(activity) || !("type" in activity))
    return body;
  const a = activity as { locale?: string; entities?: unknown };
  a.locale = locale;
  if (Array.isArray(a.entities)) {
    for (const entity of a.entities as Array<{ type?: string; locale?: string }>) {
      if (entity?.type === "clientInfo") entity.locale = locale;
    }
  }
  return Buffer.from(JSON.stringify(a), "utf8");
}

interface Playground {
  readonly child: ChildProcess;
  readonly port: number;
  readonly logFile: string;
}

function spawnPlayground(options: { port: number; botEndpoint: string; locale: string }): Promise<Playground> {
  const root = appRoot();
  // Its working folder receives whatever it writes (event recordings…): keep that out of the sources.
  const workDir = join(root, ".playground");
  mkdirSync(workDir, { recursive: true });
  const logFile = process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? join(workDir, "m365agentsplayground.log");
  const cli = require.resolve("@microsoft/m365agentsplayground/cli.js", { paths: [root] });
  const args = [
    "--require",
    join(root, "bot", "src", "dev", "bindLoopback.cjs"),
    cli,
    "--app-endpoint",
    options.botEndpoint,
    "--channel-id",
    "msteams",
    "--port",
    String(options.port),
    // Its default says "localhost", which may resolve to ::1, where nothing listens.
    "--service-url",
    `http://127.0.0.1:${options.port}/_connector`,
    "--disable-telemetry",
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(root, ".m365agentsplayground.yml"),
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    // We print the address ourselves; a browser launched from here would be an orphan.
    TEAMSAPPTESTER_BROWSER: "none",
    // --disable-telemetry mutes its events, but the Application Insights SDK still starts and
    // phones home with its own "statsbeat" unless told not to.
    APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
    // bindLoopback.cjs exits when its parent is no longer this process.
    BIND_LOOPBACK_PARENT_PID: String(process.pid),
    // Used for the dates shown in its web page.
    LC_ALL: `${options.locale.replace("-", "_")}.UTF-8`,
  };
  // Its own process group, so that stopping it stops whatever it may have started, and Ctrl-C in
  // the terminal reaches only us: we stop things in order.
  const child = spawn(process.execPath, args, { cwd: workDir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });

  return new Promise<Playground>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      killGroup(child, "SIGKILL");
      reject(
        new Error(
          `Playground did not start within ${START_TIMEOUT_MS} ms / ne démarre pas:\n${output}${logTail(logFile)}`,
        ),
      );
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Printed only when stdout is not a terminal; everything else goes to its log file.
      const match = /Listening on (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onEarlyExit);
      resolve({ child, port: Number(match[1]), logFile });
    };
    const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      reject(new Error(`Playground exited (${signal ?? code}) / s'est arrêté:\n${output}${logTail(logFile)}`));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", onEarlyExit);
  });
}

function logTail(logFile: string): string {
  if (!existsSync(logFile)) return "";
  return `--- ${logFile} ---\n${readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n")}`;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function stopPlayground(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, "SIGKILL");
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => killGroup(child, "SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(force);
      killGroup(child, "SIGKILL");
      resolve();
    });
    killGroup(child, "SIGTERM");
  });
}

async function main(): Promise<void> {
  const envFile = join(appRoot(), ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const playgroundPort = readPort("PLAYGROUND_PORT", DEFAULT_PLAYGROUND_PORT);
  const locale = process.env.PLAYGROUND_LOCALE?.trim() || "fr-FR";
  // The Playground would quietly move to a random port; a port the user did not ask for is worse
  // than a clear refusal.
  if (!(await portIsFree(playgroundPort))) throw new PlaygroundPortInUseError(playgroundPort);

  // The Playground's own log panel shows every exchange; the server's JSON lines would drown the banner.
  const run = await startLocal({ env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" } });
  const shim = await startLocaleShim(run.botEndpoint, locale).catch(async (error: unknown) => {
    await run.stop();
    throw error;
  });
  let playground: Playground;
  try {
    playground = await spawnPlayground({ port: playgroundPort, botEndpoint: shim.endpoint, locale });
    if (playground.port !== playgroundPort) {
      await stopPlayground(playground.child);
      throw new PlaygroundPortInUseError(playgroundPort);
    }
  } catch (error) {
    await shim.close();
    await run.stop();
    throw error;
  }

  const url = `http://127.0.0.1:${playground.port}`;
  console.log(
    [
      "",
      "  Vivre ensemble — Microsoft 365 Agents Playground : prêt / ready",
      `  Ouvrez / Open:             ${url}`,
      `  Bot:                       ${run.botEndpoint}  (activités en / activities in ${locale})`,
      `  Onglet / Tab:              ${run.url}/`,
      `  Journal / Log:             ${playground.logFile}`,
      "  Équipe fictive « Service funéraire » : .m365agentsplayground.yml / Sample team: .m365agentsplayground.yml",
      "  Ctrl-C pour arrêter / to stop",
      "",
    ].join("\n"),
  );

  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}: arrêt en cours / shutting down…`);
    await stopPlayground(playground.child);
    await shim.close();
    await run.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop("SIGINT", 0));
  process.on("SIGTERM", () => void stop("SIGTERM", 0));
  playground.child.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(
      `Le Playground s'est arrêté (${signal ?? code}) ; voir / The Playground stopped (${signal ?? code}); see ${playground.logFile}`,
    );
    void stop("Playground", 1);
  });
}

main().catch((error: unknown) => {
  if (error instanceof PlaygroundPortInUseError) {
    console.error(
      `Le port ${error.port} du Playground est déjà utilisé (un autre Playground ?). Choisissez-en un autre : PLAYGROUND_PORT=56151 npm run playground\n` +
        `The Playground's port ${error.port} is already in use (another Playground?). Pick another: PLAYGROUND_PORT=56151 npm run playground`,
    );
  } else if (error instanceof PortInUseError) {
    console.error(
      `Le port ${error.port} du bot est déjà utilisé (npm start tourne déjà ?). Choisissez-en un autre : PORT=3979 npm run playground\n` +
        `The bot's port ${error.port} is already in use (is npm start running?). Pick another: PORT=3979 npm run playground`,
    );
  } else if (error instanceof AzuritePortInUseError) {
    console.error(
      `Le port ${error.port} d'Azurite est déjà utilisé. Choisissez-en un autre : AZURITE_TABLE_PORT=10012 npm run playground\n` +
        `Azurite's port ${error.port} is already in use. Pick another: AZURITE_TABLE_PORT=10012 npm run playground`,
    );
  } else if (error instanceof ConfigError) {
    console.error(`Configuration invalide / Invalid configuration:\n - ${error.problems.join("\n - ")}`);
  } else {
    console.error("Échec du démarrage / Start-up failed:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});

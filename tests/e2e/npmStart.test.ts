import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TableClient } from "@azure/data-tables";
import { azuriteConnectionString } from "../../bot/src/config/config";
import { eventually } from "../support/eventually";
import { freePort } from "../support/freePort";
import { LocalConnector } from "../support/localConnector";
import { installPersonal, user } from "../support/teamsActivities";

const root = join(__dirname, "..", "..");
const startJs = join(root, "dist", "bot", "start.js");

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `group`: in a process group of its own, so a signal can reach every process in it, as Ctrl-C in a terminal does. */
function start(env: Record<string, string>, options: { group?: boolean } = {}): Started {
  const child = spawn(process.execPath, [startJs], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.group ?? false,
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("npm start (dist/bot/start.js): the whole app on 127.0.0.1 with an embedded Azurite", () => {
  let dataDir: string;
  beforeAll(() => {
    if (!existsSync(startJs))
      throw new Error("dist/bot/start.js is missing: run `npm run build` first (npm test does)");
    dataDir = mkdtempSync(join(tmpdir(), "ve-data-"));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts, serves, keeps data across a restart, and stops Azurite with it on Ctrl-C", async () => {
    const port = await freePort();
    const azuritePort = await freePort();
    const env = {
      PORT: String(port),
      AZURITE_TABLE_PORT: String(azuritePort),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      MicrosoftAppId: "",
    };
    const connector = new LocalConnector();
    await connector.start();
    try {
      const first = start(env);
      await until(() => first.output().includes("prêt / ready"), "the ready banner");
      expect(first.output()).toContain(`http://127.0.0.1:${port}/api/messages`);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toMatchObject({ status: "ok", storage: "reachable" });
      expect((await fetch(`http://127.0.0.1:${port}/`)).headers.get("content-type")).toContain("text/html");

      const install = installPersonal({ serviceUrl: connector.url, from: user(1, "Camille Martin"), locale: "fr-FR" });
      const post = () =>
        fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(install),
        });
      expect((await post()).status).toBe(200);
      expect(connector.activities).toHaveLength(1);

      first.child.kill("SIGINT");
      expect(await first.exited).toBe(0);
      expect(await listening(port)).toBe(false);
      // Azurite died with its parent: its port is free again.
      const deadline = Date.now() + 10_000;
      while ((await listening(azuritePort)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await listening(azuritePort)).toBe(false);

      // Same data folder: the install is remembered, so a resent install does not welcome twice.
      const second = start(env);
      await until(() => second.output().includes("prêt / ready"), "the ready banner after restart");
      expect((await post()).status).toBe(200);
      expect(connector.activities).toHaveLength(1);
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    } finally {
      await connector.stop();
    }
  });

  it("at Ctrl-C stops the workers and releases their leases before Azurite goes: no storage error in the log", async () => {
    const port = await freePort();
    const env = {
      PORT: String(port),
      AZURITE_TABLE_PORT: String(await freePort()),
      AZURITE_IN_MEMORY: "1",
      LOG_LEVEL: "info",
      MicrosoftAppId: "",
      TABLE_PREFIX: "ctrlc",
    };
    const run = start(env, { group: true });
    await until(() => run.output().includes("prêt / ready"), "the ready banner");
    // The outbox takes its lease on its first pass; wait for it so there is a lease to give back.
    const leases = TableClient.fromConnectionString(
      azuriteConnectionString(Number(env.AZURITE_TABLE_PORT)),
      `${env.TABLE_PREFIX}leases`,
      { allowInsecureConnection: true },
    );
    await eventually(
      () =>
        leases.getEntity("lease", "outbox").then(
          () => true,
          () => false,
        ),
      30_000,
      "the outbox lease",
    );
    // A terminal's Ctrl-C sends SIGINT to the whole foreground process group, Azurite's guard included.
    process.kill(-run.child.pid!, "SIGINT");
    expect(await run.exited).toBe(0);
    const log = run.output();
    expect(log).toContain("arrêt en cours / shutting down");
    expect(log).not.toMatch(/lease release failed|ECONNREFUSED|pass failed/);
  });

  it("says clearly which port is taken and how to change it", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const run = start({
        PORT: String(port),
        AZURITE_TABLE_PORT: String(await freePort()),
        AZURITE_IN_MEMORY: "1",
        MicrosoftAppId: "",
      });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Le port ${port} est déjà utilisé`);
      expect(run.output()).toContain(`Port ${port} is already in use`);
      expect(run.output()).toContain("PORT=3979 npm start");
    } finally {
      blocker.close();
    }
  });

  it("says clearly when Azurite's port is taken", async () => {
    const blocker = createServer();
    const azuritePort = await freePort();
    await new Promise<void>((resolve) => blocker.listen(azuritePort, "127.0.0.1", resolve));
    try {
      const run = start({
        PORT: String(await freePort()),
        AZURITE_TABLE_PORT: String(azuritePort),
        AZURITE_IN_MEMORY: "1",
        MicrosoftAppId: "",
      });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`AZURITE_TABLE_PORT=`);
      expect(run.output()).toContain(`${azuritePort}`);
    } finally {
      blocker.close();
    }
  });
});

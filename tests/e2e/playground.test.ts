import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../support/freePort";

const root = join(__dirname, "..", "..");
const playgroundJs = join(root, "dist", "bot", "playground.js");
const preload = join(root, "bot", "src", "dev", "bindLoopback.cjs");

// ---- what the operating system says about processes and sockets (Linux /proc when present) ----

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by a re-parenting init) holds no socket and runs no code.
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

function descendantsOf(pid: number): number[] {
  if (!existsSync("/proc/self/stat")) return [];
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift() as number;
    for (const [child, parent] of parentOf) {
      if (parent === current) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Local addresses of the listening TCP sockets on a port, from /proc/net/tcp{,6}; undefined if unavailable. */
function listenAddresses(port: number): string[] | undefined {
  if (!existsSync("/proc/net/tcp")) return undefined;
  const addresses: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A") continue; // 0A = LISTEN
      const [hexAddress = "", hexPort = ""] = local.split(":");
      if (parseInt(hexPort, 16) === port) addresses.push(hexAddress);
    }
  }
  return addresses;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ host, port, timeout: 1500 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

function nonLoopbackAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => a !== undefined && !a.internal && !a.address.startsWith("fe80"))
    .map((a) => a.address);
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// ---- the Playground's own API, as its web page uses it ----

interface StreamEvent {
  action: string;
  actionConversationId: string;
  message?: { from?: { id?: string }; text?: string; attachments?: unknown[] };
}

/**
 * The Playground pushes the bot's messages to its web page over a WebSocket. Node 20 has no
 * WebSocket client without a flag, so this reads the few unmasked text frames a server sends.
 */
function openConversationStream(port: number): Promise<{ events: StreamEvent[]; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: "127.0.0.1",
      port,
      path: "/_ws_conversation/v1/conversations/stream",
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": randomBytes(16).toString("base64"),
      },
    });
    req.once("error", reject);
    req.once("response", (res) => reject(new Error(`no WebSocket upgrade: HTTP ${res.statusCode}`)));
    req.once("upgrade", (_res, socket) => {
      const events: StreamEvent[] = [];
      let buffer = Buffer.alloc(0);
      let fragments: Buffer[] = [];
      socket.on("data", (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          if (buffer.length < 2) return;
          const fin = (buffer[0] as number) & 0x80;
          const opcode = (buffer[0] as number) & 0x0f;
          let length = (buffer[1] as number) & 0x7f;
          let offset = 2;
          if (length === 126) {
            if (buffer.length < 4) return;
            length = buffer.readUInt16BE(2);
            offset = 4;
          } else if (length === 127) {
            if (buffer.length < 10) return;
            length = Number(buffer.readBigUInt64BE(2));
            offset = 10;
          }
          if (buffer.length < offset + length) return;
          const payload = buffer.subarray(offset, offset + length);
          buffer = buffer.subarray(offset + length);
          if (opcode === 0x1 || opcode === 0x0) {
            fragments.push(payload);
            if (fin) {
              events.push(JSON.parse(Buffer.concat(fragments).toString("utf8")) as StreamEvent);
              fragments = [];
            }
          }
        }
      });
      resolve({ events, close: () => socket.destroy() });
    });
    req.end();
  });
}

async function postJson(url: string, body: unknown): Promise<number> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

// ---- the tests ----

describe("bindLoopback.cjs (preloaded into the Playground)", () => {
  it("moves listens without a host, or on a wildcard address, to 127.0.0.1", () => {
    const script = `
      const net = require("node:net");
      const calls = [s => s.listen(0), s => s.listen(0, "0.0.0.0"), s => s.listen(0, "::"), s => s.listen({ port: 0 }), s => s.listen({ port: 0, host: "0.0.0.0" }), s => s.listen()];
      Promise.all(calls.map(call => new Promise(done => { const s = net.createServer(); call(s); s.on("listening", () => { const a = s.address().address; s.close(); done(a); }); })))
        .then(addresses => { console.log(JSON.stringify(addresses)); process.exit(0); });`;
    const result = spawnSync(process.execPath, ["--require", preload, "-e", script], {
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(Array(6).fill("127.0.0.1"));
  });

  it("ends the process when its parent is killed with SIGKILL", async () => {
    const parentScript = `
      const { spawn } = require("node:child_process");
      const env = { ...process.env, BIND_LOOPBACK_PARENT_PID: String(process.pid) };
      const child = spawn(process.execPath, ["--require", ${JSON.stringify(preload)}, "-e", "setInterval(() => {}, 1000)"], { stdio: "ignore", env });
      console.log(child.pid);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ["-e", parentScript], { stdio: ["ignore", "pipe", "inherit"] });
    const childPid = await new Promise<number>((resolve) =>
      parent.stdout?.once("data", (d: Buffer) => resolve(Number(d.toString().trim()))),
    );
    expect(isAlive(childPid)).toBe(true);
    parent.kill("SIGKILL");
    await waitFor("the orphan to exit", () => (isAlive(childPid) ? undefined : true), 5000);
  });
});

describe("npm run playground (dist/bot/playground.js)", () => {
  let child: ChildProcess | undefined;
  let output = "";
  let logDir = "";
  const ports = { bot: 0, azurite: 0, playground: 0 };

  beforeAll(async () => {
    if (!existsSync(playgroundJs)) {
      throw new Error(
        `${playgroundJs} est absent : lancez d'abord \`npm run build\` (npm test le fait).\n` +
          `${playgroundJs} is missing: run \`npm run build\` first (npm test does).`,
      );
    }
    ports.bot = await freePort();
    ports.azurite = await freePort();
    ports.playground = await freePort();
    logDir = mkdtempSync(join(tmpdir(), "vivre-ensemble-playground-"));
    child = spawn(process.execPath, [playgroundJs], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(ports.bot),
        AZURITE_TABLE_PORT: String(ports.azurite),
        AZURITE_IN_MEMORY: "1",
        PLAYGROUND_PORT: String(ports.playground),
        M365_AGENTS_PLAYGROUND_LOGFILE: join(logDir, "playground.log"),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    const started = child;
    await waitFor(
      "the Playground to answer",
      async () => {
        if (started.exitCode !== null) throw new Error(`playground.js exited with ${started.exitCode}:\n${output}`);
        try {
          const res = await fetch(`http://127.0.0.1:${ports.playground}/_debug/ping`);
          return (await res.text()) === "pong" ? true : undefined;
        } catch {
          return undefined;
        }
      },
      90_000,
    );
  }, 100_000);

  afterAll(() => {
    // Only if a test failed before the orderly stop: SIGKILL leaves the cleanup to the children's guards.
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(logDir, { recursive: true, force: true });
  });

  it("prints the address to open, in French and English", () => {
    expect(output).toContain(`Ouvrez / Open:             http://127.0.0.1:${ports.playground}`);
  });

  it("listens on 127.0.0.1 only: the Playground, the bot and Azurite", async () => {
    for (const port of [ports.playground, ports.bot, ports.azurite]) {
      const listening = listenAddresses(port);
      if (listening) expect({ port, listening }).toEqual({ port, listening: ["0100007F"] });
      for (const address of nonLoopbackAddresses()) {
        expect({ port, address, reachable: await canConnect(address, port) }).toEqual({
          port,
          address,
          reachable: false,
        });
      }
    }
    // Without /proc and without a non-loopback address there would be nothing left to check.
    expect(listenAddresses(ports.playground) !== undefined || nonLoopbackAddresses().length > 0).toBe(true);
  });

  it("loads the sample team « Service funéraire » from .m365agentsplayground.yml", async () => {
    const res = await fetch(`http://127.0.0.1:${ports.playground}/_internal/v1/config`);
    const { config } = (await res.json()) as {
      config: { currentUser: { name: string }; users: { name: string }[]; teams: { name: string }[] };
    };
    expect(config.currentUser.name).toBe("Camille Martin");
    expect(config.users.map((u) => u.name)).toEqual(
      expect.arrayContaining(["Julien Roth", "Sophie Meyer", "Karim Benali", "Léa Schmitt"]),
    );
    expect(config.teams[0]?.name).toBe("Service funéraire");
  });

  it("carries an install and a message to the bot, and the bot's answers back, in French", async () => {
    const base = `http://127.0.0.1:${ports.playground}`;
    const { config } = (await (await fetch(`${base}/_internal/v1/config`)).json()) as {
      config: {
        bot: { id: string };
        currentUser: { id: string };
        personalChat: { id: string };
        teams: { id: string }[];
      };
    };
    const stream = await openConversationStream(ports.playground);
    try {
      const chat = config.personalChat.id;
      const fromBot = (conversationId: string) =>
        stream.events.filter(
          (e) =>
            e.action === "createMessage" &&
            e.actionConversationId === conversationId &&
            e.message?.from?.id === config.bot.id,
        );

      expect(await postJson(`${base}/_debug/conversation/${encodeURIComponent(chat)}/installation`, {})).toBe(200);
      const welcome = await waitFor(
        "the welcome card",
        () => fromBot(chat).find((e) => JSON.stringify(e).includes("Bienvenue")),
        15_000,
      );
      expect(welcome.message?.attachments?.length).toBeGreaterThan(0);

      expect(
        await postJson(`${base}/_conversation/v1/conversations/${encodeURIComponent(chat)}/messages`, {
          from: { id: config.currentUser.id },
          text: "aide",
          textFormat: "plain",
        }),
      ).toBe(200);
      await waitFor("an answer to « aide »", () => fromBot(chat).find((e) => e !== welcome), 15_000);

      // Installed in the team: the activity carries channelData.team, the bot answers in General.
      const team = config.teams[0]?.id ?? "";
      expect(await postJson(`${base}/_debug/conversation/${encodeURIComponent(team)}/installation`, {})).toBe(200);
      await waitFor("the team's welcome", () => fromBot(team)[0], 15_000);
    } finally {
      stream.close();
    }
  }, 60_000);

  it("stops the Playground, the bot and Azurite on SIGINT, leaving no process behind", async () => {
    const running = child as ChildProcess;
    const family = descendantsOf(running.pid as number);
    if (existsSync("/proc/self/stat")) expect(family.length).toBeGreaterThanOrEqual(2); // Azurite and the Playground
    const exited = new Promise<number | null>((resolve) => running.once("exit", (code) => resolve(code)));
    running.kill("SIGINT");
    expect(await exited).toBe(0);
    await waitFor("every child to exit", () => (family.some(isAlive) ? undefined : true), 10_000);
    for (const port of [ports.playground, ports.bot, ports.azurite]) {
      expect({ port, open: await canConnect("127.0.0.1", port) }).toEqual({ port, open: false });
    }
    expect(output).toContain("arrêt en cours / shutting down");
  }, 30_000);
});

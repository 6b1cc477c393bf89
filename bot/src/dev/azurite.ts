import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appRoot } from "../paths";

export interface AzuriteOptions {
  readonly port: number;
  readonly host?: string;
  /** Folder for the data files; ignored when inMemory. */
  readonly location?: string;
  readonly inMemory?: boolean;
  readonly startTimeoutMs?: number;
}

export interface RunningAzurite {
  readonly port: number;
  readonly host: string;
  stop(): Promise<void>;
}

export class AzuritePortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Azurite port ${port} is already in use`);
    this.name = "AzuritePortInUseError";
  }
}

/** Starts Azurite's Table service as a child that dies with this process (see azuriteGuard.cjs). */
export function startAzurite(options: AzuriteOptions): Promise<RunningAzurite> {
  const host = options.host ?? "127.0.0.1";
  const location = options.inMemory
    ? join(tmpdir(), `vivre-ensemble-azurite-${process.pid}`)
    : (options.location ?? ".data/azurite");
  mkdirSync(location, { recursive: true });
  const args = [
    guardScript(),
    "--tableHost",
    host,
    "--tablePort",
    String(options.port),
    ...(options.inMemory ? ["--inMemoryPersistence"] : ["--location", location]),
    "--skipApiVersionCheck",
    "--disableTelemetry",
    "--silent",
  ];
  // In memory, Azurite still writes small files to its working folder: keep them out of the repository.
  // A process group of its own: a terminal's Ctrl-C signals the whole foreground group, and Azurite
  // must outlive the app's shutdown (workers give back their leases) until stop() ends it. The
  // guard still dies with its parent, through its stdin.
  const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"], cwd: location, detached: true });

  return new Promise<RunningAzurite>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Azurite did not start within ${options.startTimeoutMs ?? 20000} ms:\n${output}`));
    }, options.startTimeoutMs ?? 20000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("successfully started")) {
        clearTimeout(timer);
        const stop = async () => {
          await stopChild(child, () => output.includes("successfully closed"));
          if (options.inMemory) rmSync(location, { recursive: true, force: true });
        };
        resolve({ port: options.port, host, stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (/EADDRINUSE/.test(output)) reject(new AzuritePortInUseError(options.port));
      else reject(new Error(`Azurite exited with code ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess, closed: () => boolean): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      clearInterval(poll);
      resolve();
    });
    // SIGINT makes Azurite close its server and save its database; only then do we close the
    // guard's stdin, which ends the process (ending it first would lose the last writes).
    child.kill("SIGINT");
    const poll = setInterval(() => {
      if (closed()) child.stdin?.end();
    }, 50);
  });
}

/** Beside this file (sources, dist/bot), or in the sources when bundled elsewhere (benchmarks). */
function guardScript(): string {
  const beside = join(__dirname, "azuriteGuard.cjs");
  return existsSync(beside) ? beside : join(appRoot(), "bot", "src", "dev", "azuriteGuard.cjs");
}

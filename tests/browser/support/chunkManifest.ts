import { readFileSync } from "node:fs";
import { join } from "node:path";
import { constants, gzipSync } from "node:zlib";
import type { Page } from "playwright-core";

/**
 * What the built tab's scripts hold: dist/tab/chunks.json, written by tab/build.mjs with the packages
 * and source files inside every script, so a test can tell what a page downloaded even when a
 * shared chunk's name does not say so.
 */
export interface ChunkManifest {
  readonly entry: string;
  readonly publicEntry: string;
  readonly scripts: Record<string, { readonly imports: readonly string[]; readonly modules: Record<string, number> }>;
}

const tabDir = join(__dirname, "..", "..", "..", "dist", "tab");

/** Read when needed, so that it matches the files the server serves even after a rebuild. */
export function readManifest(): ChunkManifest {
  return JSON.parse(readFileSync(join(tabDir, "chunks.json"), "utf8")) as ChunkManifest;
}

/** The packages and source files inside these scripts. */
export function modulesOf(scripts: Iterable<string>): Set<string> {
  const manifest = readManifest();
  const modules = new Set<string>();
  for (const script of scripts) {
    const chunk = manifest.scripts[script];
    if (!chunk) throw new Error(`${script} is not in dist/tab/chunks.json: rebuild the tab (node tab/build.mjs)`);
    for (const name of Object.keys(chunk.modules)) modules.add(name);
  }
  return modules;
}

/** A script and every script it imports statically, i.e. what a browser fetches with it. */
export function withImports(script: string, found = new Set<string>()): Set<string> {
  if (found.has(script)) return found;
  found.add(script);
  for (const imported of readManifest().scripts[script]?.imports ?? []) withImports(imported, found);
  return found;
}

/** KiB of gzip (best compression, as the build writes its .gz files) of these scripts, each counted once. */
export function gzipKiB(scripts: Iterable<string>): number {
  return (
    [...new Set(scripts)]
      .map((script) => gzipSync(readFileSync(join(tabDir, script)), { level: constants.Z_BEST_COMPRESSION }).length)
      .reduce((a, b) => a + b, 0) / 1024
  );
}

/**
 * The scripts a page requests (by address: index.html preloads with modulepreload), from now on;
 * `settled()` waits until none is on its way and none started for half a second — scripts, not the
 * whole network: a live page keeps its event stream open for good.
 */
export function watchScripts(page: Page): { readonly scripts: string[]; settled(): Promise<void> } {
  const scripts: string[] = [];
  let pending = 0;
  let lastScriptAt = Date.now();
  const isScript = (url: string) => new URL(url).pathname.endsWith(".js");
  page.on("request", (request) => {
    if (!isScript(request.url())) return;
    scripts.push(new URL(request.url()).pathname.replace(/^\//, ""));
    pending++;
    lastScriptAt = Date.now();
  });
  const done = (request: { url(): string }) => {
    if (isScript(request.url())) pending--;
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return {
    scripts,
    async settled() {
      const until = Date.now() + 20_000;
      while ((pending > 0 || Date.now() - lastScriptAt < 500) && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

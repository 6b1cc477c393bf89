import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Request, Response } from "restify";
import { publicPageOf } from "../../contracts/publicPages";
import { staffPageOf } from "../../contracts/staffPages";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** tab/build.mjs writes a .br and a .gz beside each of these; the rest are sent as they are. */
const PRECOMPRESSED = new Set([".html", ".js", ".css", ".json", ".svg", ".txt"]);

/** esbuild's content hash ("app-OWTT4NCW.js", "chunks/JoinPage-5XQ2LZ7A.js"): 8 base32 characters. */
const HASHED_NAME = /-[A-Z2-7]{8}\.[^/]+$/;

// A hashed file never changes under its name: browsers may keep it for a year without asking.
const IMMUTABLE = "public, max-age=31536000, immutable";
// index.html names the current hashed entry, so it is checked on every visit (a 304 when unchanged).
const REVALIDATE = "no-cache";

type Encoding = "br" | "gzip";

/** Brotli when the client takes it, else gzip, else none; `q=0` refuses a coding (RFC 9110 §12.5.3). */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const takes = (coding: string) => (accepted.get(coding) ?? accepted.get("*") ?? 0) > 0;
  if (takes("br")) return "br";
  if (takes("gzip")) return "gzip";
  return undefined;
}

export interface TabFilesOptions {
  /** Source maps expose the whole client source; production does not serve them. */
  readonly serveSourceMaps: boolean;
}

/**
 * Serves the built tab: files under /static/; public-<page>.html for the usagers' pages (their own
 * small app), page-<page>.html for the staff's (contracts/staffPages.ts), each preloading its page's
 * scripts, and index.html for any other address, so the History-API router in the browser takes
 * over. Refuses anything outside the folder.
 */
export function tabFiles(tabDir: string, options: TabFilesOptions) {
  const root = normalize(tabDir + sep);

  async function readIfFile(path: string): Promise<{ body: Buffer; mtimeMs: number } | undefined> {
    try {
      const info = await stat(path);
      if (!info.isFile()) return undefined;
      return { body: await readFile(path), mtimeMs: info.mtimeMs };
    } catch {
      return undefined;
    }
  }

  async function send(req: Request, res: Response, file: string, cache: string): Promise<boolean> {
    const full = normalize(file);
    if (!full.startsWith(root)) return false;
    const ext = extname(full);
    const original = await readIfFile(full);
    if (!original) return false;
    const encoding = PRECOMPRESSED.has(ext) ? pickEncoding(req.header("accept-encoding")) : undefined;
    const encoded = encoding ? await readIfFile(`${full}.${encoding === "br" ? "br" : "gz"}`) : undefined;
    const body = encoded?.body ?? original.body;
    // The build writes each file and its compressed copies together: one tag covers all three.
    const etag = `W/"${original.body.length.toString(36)}-${Math.trunc(original.mtimeMs).toString(36)}"`;
    const headers: Record<string, string | number> = {
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "Cache-Control": cache,
      ETag: etag,
    };
    // Caches must keep the brotli, gzip and plain answers apart.
    if (PRECOMPRESSED.has(ext)) headers.Vary = "Accept-Encoding";
    if (encoded && encoding) headers["Content-Encoding"] = encoding;
    if (req.header("if-none-match") === etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    res.writeHead(200, { ...headers, "Content-Length": body.length });
    res.end(body);
    return true;
  }

  return {
    async asset(req: Request, res: Response): Promise<boolean> {
      let path: string;
      try {
        path = decodeURIComponent((req.getPath() ?? "").replace(/^\/static\//, ""));
      } catch {
        return false;
      }
      if (!options.serveSourceMaps && path.endsWith(".map")) return false;
      // The compressed copies are chosen by Accept-Encoding, never asked for by name.
      if (path.endsWith(".br") || path.endsWith(".gz")) return false;
      return send(req, res, join(root, "static", path), HASHED_NAME.test(path) ? IMMUTABLE : REVALIDATE);
    },
    async page(req: Request, res: Response): Promise<boolean> {
      const path = req.getPath() ?? "";
      const usagerPage = publicPageOf(path);
      if (usagerPage) return send(req, res, join(root, `public-${usagerPage}.html`), REVALIDATE);
      const staffPage = staffPageOf(path);
      // index.html when the build wrote no file for that page (a build from before page-<page>.html).
      if (staffPage && (await send(req, res, join(root, `page-${staffPage}.html`), REVALIDATE))) return true;
      return send(req, res, join(root, "index.html"), REVALIDATE);
    },
  };
}

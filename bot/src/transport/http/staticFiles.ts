import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Request, Response } from "restify";

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

/**
 * Serves the built tab: files under /static/, and index.html for every page route so the
 * History-API router in the browser takes over. Refuses anything outside the folder.
 */
export function tabFiles(tabDir: string) {
  const root = normalize(tabDir + sep);

  async function send(res: Response, file: string, cache: string): Promise<boolean> {
    const full = normalize(file);
    if (!full.startsWith(root)) return false;
    try {
      const info = await stat(full);
      if (!info.isFile()) return false;
      const body = await readFile(full);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(full)] ?? "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": cache,
      });
      res.end(body);
      return true;
    } catch {
      return false;
    }
  }

  return {
    async asset(req: Request, res: Response): Promise<boolean> {
      const path = decodeURIComponent((req.getPath() ?? "").replace(/^\/static\//, ""));
      return send(res, join(root, "static", path), "public, max-age=300");
    },
    async page(_req: Request, res: Response): Promise<boolean> {
      return send(res, join(root, "index.html"), "no-cache");
    },
  };
}

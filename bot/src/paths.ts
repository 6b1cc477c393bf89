import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository (or deployed package) root: the folder holding our package.json, found from here up. */
export function appRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "bot"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function defaultTabDir(): string {
  return join(appRoot(), "dist", "tab");
}

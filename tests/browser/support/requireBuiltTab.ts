import { existsSync } from "node:fs";
import { join } from "node:path";

/** The server serves the built tab; without a build every browser test would fail obscurely. */
export function requireBuiltTab(): void {
  const index = join(__dirname, "..", "..", "..", "dist", "tab", "index.html");
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: build the tab first (npm run build, or node tab/build.mjs).`);
  }
}

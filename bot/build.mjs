// Bundles the server entry points with esbuild (npm packages stay external, resolved from node_modules).
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "bot");
mkdirSync(out, { recursive: true });

const entries = {
  main: "bot/src/main.ts",
  start: "bot/src/dev/start.ts",
  playground: "bot/src/dev/playground.ts",
  demo: "bot/src/dev/demo.ts",
};
const entryPoints = Object.fromEntries(
  Object.entries(entries)
    .filter(([, file]) => existsSync(join(root, file)))
    .map(([name, file]) => [name, join(root, file)]),
);

await build({
  entryPoints,
  outdir: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
// Run as a separate process, so it ships as a file beside the bundle.
copyFileSync(join(root, "bot/src/dev/azuriteGuard.cjs"), join(out, "azuriteGuard.cjs"));
console.log(`bot built: ${Object.keys(entryPoints).join(", ")} → dist/bot`);

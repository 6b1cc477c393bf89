// `npm run bench`: bundles every bench/*.bench.ts and runs them one after another, each in its own
// Node process (so peak memory is per benchmark). Each prints its own figures.
// Usage: npm run bench [-- name-filter]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const filter = process.argv[2] ?? "";
const benches = readdirSync(join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
  .sort();
if (benches.length === 0) {
  console.error(`No benchmark matches "${filter}".`);
  process.exit(1);
}
const out = join(root, "dist", "bench");
mkdirSync(out, { recursive: true });
let failed = 0;
for (const file of benches) {
  const outfile = join(out, file.replace(/\.ts$/, ".js"));
  await build({
    entryPoints: [join(root, "bench", file)],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    // adaptivecards' ES build cannot be loaded by Node; its UMD build can (the test server's connector parses cards with it).
    alias: { adaptivecards: "adaptivecards/dist/adaptivecards.min.js" },
    logLevel: "warning",
  });
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ["--expose-gc", outfile], { stdio: "inherit", cwd: root });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);

// Builds the Teams app package: `npm run package`.
// Reads TEAMS_APP_ID, MicrosoftAppId, PUBLIC_HOSTNAME (required), SSO_APP_ID, PUBLISHER_NAME,
// APP_VERSION (optional) from the environment, after loading .env at the repository root if present.
// The template's placeholders carry the Agents Toolkit's names (BOT_ID, AAD_APP_CLIENT_ID...), so
// `atk provision` fills the same file; lib/appPackage.cjs maps these variables onto them.
// Options: --env-file <path> (another file), --no-env-file, --out <dir> (default dist/package).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import appPackage from "./lib/appPackage.cjs";

const { PackageError, buildAppPackage, readSettings } = appPackage;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ZIP_NAME = "vivre-ensemble.zip";

/** Relative to the working directory when inside it, absolute otherwise. */
function shown(file) {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

function fail(lines) {
  console.error(["Teams app package not built:", ...lines.map((l) => `  - ${l}`)].join("\n"));
  process.exitCode = 1;
}

async function main() {
  const { values } = parseArgs({
    options: {
      "env-file": { type: "string" },
      "no-env-file": { type: "boolean", default: false },
      out: { type: "string" },
    },
  });

  if (!values["no-env-file"]) {
    const envFile = resolve(values["env-file"] ?? join(root, ".env"));
    if (existsSync(envFile)) process.loadEnvFile(envFile);
    else if (values["env-file"]) return fail([`--env-file ${envFile} does not exist.`]);
  }

  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const read = readSettings(process.env, { appVersion: version });
  if (!read.ok) return fail(read.problems);

  const { zip, manifest, files } = await buildAppPackage(read.settings);
  const outDir = resolve(values.out ?? join(root, "dist", "package"));
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, ZIP_NAME);
  writeFileSync(zipPath, zip);

  const s = read.settings;
  console.log(
    [
      `Teams app package written: ${shown(zipPath)}`,
      `  manifest ${manifest.manifestVersion}, app version ${s.appVersion}, valid against the bundled schema`,
      `  Teams app id ${s.teamsAppId}, bot id ${s.botId}, SSO app id ${s.ssoAppId}`,
      `  host https://${s.publicHostname}, publisher "${s.publisher}"`,
      `  files: ${files.join(", ")} (${zip.length} bytes)`,
    ].join("\n"),
  );
}

main().catch((error) => {
  // Expected problems are listed plainly; anything else is a bug, still reported without a stack.
  if (error instanceof PackageError) fail(error.problems);
  else fail([`unexpected error: ${error instanceof Error ? error.message : String(error)}`]);
});

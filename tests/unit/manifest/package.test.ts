// @microsoft/app-manifest (loaded by appPackage.cjs) needs strip-bom, an ES module jest cannot require.
jest.mock("strip-bom", () => ({
  __esModule: true,
  default: (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
}));

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { readSettings, validateManifest, type JsonObject } from "../../../manifest/lib/appPackage.cjs";
import { GOOD_ENV, PACKAGE_VARIABLES, SETTINGS } from "./fixtures";

const ROOT = resolve(__dirname, "../../..");
const SCRIPT = join(ROOT, "manifest", "package.mjs");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs package.mjs as `npm run package` would, with only the given packaging variables set. */
function runPackage(vars: Record<string, string>, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of PACKAGE_VARIABLES) delete env[name];
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: ROOT, env: { ...env, ...vars } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "ve-package-"));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe("npm run package (manifest/package.mjs)", () => {
  it("exits 1 naming every missing variable, without a stack trace, and writes nothing", async () => {
    const run = await runPackage({}, ["--no-env-file", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/TEAMS_APP_ID is missing: expected .*GUID/);
    expect(run.stderr).toMatch(/MicrosoftAppId is missing/);
    expect(run.stderr).toMatch(/PUBLIC_HOSTNAME is missing: expected .*without scheme or path/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, "vivre-ensemble.zip"))).toBe(false);
  });

  it("rejects a host name given as a URL", async () => {
    const run = await runPackage({ ...GOOD_ENV, PUBLIC_HOSTNAME: "https://ve.example.fr/app" }, [
      "--no-env-file",
      "--out",
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PUBLIC_HOSTNAME="https:\/\/ve\.example\.fr\/app" must be a host name only/);
  });

  it("writes a zip whose manifest validates, with the icons and the English file", async () => {
    const run = await runPackage(GOOD_ENV, ["--no-env-file", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const zipPath = join(out, "vivre-ensemble.zip");
    expect(run.stdout).toContain(zipPath);

    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "en.json", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string")) as JsonObject;
    expect(manifest["id"]).toBe(SETTINGS.teamsAppId);
    expect(await validateManifest(manifest)).toEqual([]);
    const icon = await zip.file("color.png")!.async("nodebuffer");
    expect(icon.equals(readFileSync(join(ROOT, "manifest", "color.png")))).toBe(true);
  });

  it("loads the variables from an env file", async () => {
    const envFile = join(out, "test.env");
    writeFileSync(
      envFile,
      Object.entries(GOOD_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join("\n") + "\n",
    );
    const run = await runPackage({}, ["--env-file", envFile, "--out", out]);
    expect(run.code).toBe(0);
    expect(existsSync(join(out, "vivre-ensemble.zip"))).toBe(true);
  });
});

describe("readSettings", () => {
  it("defaults SSO_APP_ID to MicrosoftAppId, the publisher, and the version to package.json's", () => {
    const r = readSettings(
      {
        TEAMS_APP_ID: GOOD_ENV["TEAMS_APP_ID"],
        MicrosoftAppId: GOOD_ENV["MicrosoftAppId"],
        PUBLIC_HOSTNAME: "VE.Example.fr",
      },
      { appVersion: "0.4.0" },
    );
    expect(r).toEqual({
      ok: true,
      settings: {
        teamsAppId: SETTINGS.teamsAppId,
        botId: SETTINGS.botId,
        ssoAppId: SETTINGS.botId,
        publicHostname: "ve.example.fr",
        publisher: expect.any(String),
        appVersion: "0.4.0",
      },
    });
  });

  it.each([
    ["TEAMS_APP_ID", "1234", /TEAMS_APP_ID="1234" is not a GUID/],
    ["MicrosoftAppId", "bot", /MicrosoftAppId="bot" is not a GUID/],
    ["SSO_APP_ID", "sso", /SSO_APP_ID="sso" is not a GUID/],
    ["PUBLIC_HOSTNAME", "localhost:3978", /PUBLIC_HOSTNAME="localhost:3978" must be a host name only/],
    ["PUBLIC_HOSTNAME", "bad_host.fr", /PUBLIC_HOSTNAME="bad_host.fr" is not a valid public host name/],
    ["APP_VERSION", "1.0", /APP_VERSION="1.0" is not a version Teams accepts/],
    ["PUBLISHER_NAME", "x".repeat(33), /PUBLISHER_NAME is 33 characters long/],
  ])("explains a bad %s (%s)", (name, value, message) => {
    const r = readSettings({ ...GOOD_ENV, [name]: value });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.stringMatching(message)]);
  });
});

"use strict";
// Fills the manifest template and its localisation files from settings, validates them offline
// against the schemas bundled in @microsoft/app-manifest, and zips the Teams app package.
// CommonJS so that package.mjs and the ts-jest tests (CommonJS) can both load it.
const fs = require("node:fs");
const path = require("node:path");
const JSZip = require("jszip");
const { PNG } = require("pngjs");
const { AppManifestUtils } = require("@microsoft/app-manifest");

const MANIFEST_DIR = path.resolve(__dirname, "..");
const TEMPLATE_FILE = "manifest.template.json";
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Teams accepts MAJOR.MINOR.PATCH only, without leading zeros.
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const HOST_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const DEFAULT_PUBLISHER = "Équipe projet Vivre ensemble";
const PUBLISHER_MAX = 32; // developer.name maxLength in the schema

class PackageError extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.name = "PackageError";
    this.problems = problems;
  }
}

function isHostName(value) {
  if (value.length > 253 || !value.includes(".")) return false;
  return value.split(".").every((label) => HOST_LABEL.test(label));
}

/**
 * Reads and checks the packaging settings. Each problem names the variable and says what is expected.
 * @returns {{ ok: true, settings: object } | { ok: false, problems: string[] }}
 */
function readSettings(env, defaults = {}) {
  const problems = [];
  const value = (name) => (env[name] ?? "").trim();

  const teamsAppId = value("TEAMS_APP_ID");
  if (!teamsAppId)
    problems.push(
      "TEAMS_APP_ID is missing: expected the Teams app id, a GUID (e.g. 00000000-0000-0000-0000-000000000000).",
    );
  else if (!GUID.test(teamsAppId))
    problems.push(`TEAMS_APP_ID="${teamsAppId}" is not a GUID: expected e.g. 00000000-0000-0000-0000-000000000000.`);

  const botId = value("MicrosoftAppId");
  if (!botId)
    problems.push("MicrosoftAppId is missing: expected the bot's app id (the managed identity's client id), a GUID.");
  else if (!GUID.test(botId))
    problems.push(
      `MicrosoftAppId="${botId}" is not a GUID: expected the bot's app id, e.g. 00000000-0000-0000-0000-000000000000.`,
    );

  const host = value("PUBLIC_HOSTNAME");
  if (!host)
    problems.push(
      "PUBLIC_HOSTNAME is missing: expected the public host name of the app, without scheme or path (e.g. vivre-ensemble.azurewebsites.net).",
    );
  else if (/^[a-z]+:\/\//i.test(host) || host.includes("/") || host.includes(":"))
    problems.push(
      `PUBLIC_HOSTNAME="${host}" must be a host name only, without scheme, port or path (e.g. vivre-ensemble.azurewebsites.net).`,
    );
  else if (!isHostName(host))
    problems.push(`PUBLIC_HOSTNAME="${host}" is not a valid public host name (e.g. vivre-ensemble.azurewebsites.net).`);

  const ssoAppId = value("SSO_APP_ID") || botId;
  if (value("SSO_APP_ID") && !GUID.test(ssoAppId))
    problems.push(`SSO_APP_ID="${ssoAppId}" is not a GUID: expected the Entra app id used for tab single sign-on.`);

  const publisher = value("PUBLISHER_NAME") || DEFAULT_PUBLISHER;
  if (publisher.length > PUBLISHER_MAX)
    problems.push(`PUBLISHER_NAME is ${publisher.length} characters long: Teams allows at most ${PUBLISHER_MAX}.`);

  const appVersion = value("APP_VERSION") || (defaults.appVersion ?? "");
  if (!SEMVER.test(appVersion))
    problems.push(
      `APP_VERSION="${appVersion}" is not a version Teams accepts: expected MAJOR.MINOR.PATCH, e.g. 1.0.0.`,
    );

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: { teamsAppId, botId, publicHostname: host.toLowerCase(), ssoAppId, publisher, appVersion },
  };
}

/**
 * The placeholder values. The template names them as the Agents Toolkit does (provision fills them
 * the same way from env/.env.<env>): BOT_ID is the bot's app id, which the app reads as MicrosoftAppId,
 * and AAD_APP_CLIENT_ID is the single sign-on app, given here as SSO_APP_ID.
 */
function placeholderValues(settings) {
  return {
    TEAMS_APP_ID: settings.teamsAppId,
    BOT_ID: settings.botId,
    PUBLIC_HOSTNAME: settings.publicHostname,
    AAD_APP_CLIENT_ID: settings.ssoAppId,
    PUBLISHER_NAME: settings.publisher,
    APP_VERSION: settings.appVersion,
  };
}

/**
 * Replaces ${{NAME}} in every string of a JSON value. Works on the parsed tree, not the raw text,
 * so a value with quotes or backslashes cannot break the JSON.
 */
function fillPlaceholders(value, vars, unresolved = new Set()) {
  if (typeof value === "string") {
    return value.replace(PLACEHOLDER, (whole, name) => {
      if (Object.prototype.hasOwnProperty.call(vars, name)) return vars[name];
      unresolved.add(name);
      return whole;
    });
  }
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, vars, unresolved));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, vars, unresolved)]));
  }
  return value;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** The localisation files the manifest refers to, relative to the manifest folder. */
function localizationFiles(manifest) {
  const info = manifest.localizationInfo ?? {};
  const files = (info.additionalLanguages ?? []).map((l) => l.file);
  if (info.defaultLanguageFile) files.unshift(info.defaultLanguageFile);
  return files;
}

/** Fills the template and its localisation files; throws PackageError if a placeholder stays unfilled. */
function buildManifest(settings, manifestDir = MANIFEST_DIR) {
  const vars = placeholderValues(settings);
  const unresolved = new Set();
  const manifest = fillPlaceholders(readJson(path.join(manifestDir, TEMPLATE_FILE)), vars, unresolved);
  const localizations = localizationFiles(manifest).map((file) => ({
    file,
    content: fillPlaceholders(readJson(path.join(manifestDir, file)), vars, unresolved),
  }));
  if (unresolved.size > 0) {
    throw new PackageError([...unresolved].map((n) => `The template uses \${{${n}}} but no value is known for ${n}.`));
  }
  return { manifest, localizations };
}

/** Bundled schema for a manifest version; never fetched from the network. */
function bundledSchema(kind, manifestVersion) {
  const root = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const file = path.join(
    root,
    "build",
    "json-schemas",
    "teams",
    `v${manifestVersion}`,
    `MicrosoftTeams.${kind}schema.json`,
  );
  if (!fs.existsSync(file)) {
    throw new PackageError([
      `No bundled schema for manifest version ${manifestVersion} in @microsoft/app-manifest (${file}).`,
    ]);
  }
  return readJson(file);
}

/** Schema errors of a manifest, empty when valid. */
async function validateManifest(manifest) {
  return AppManifestUtils.validateAgainstSchema(manifest, bundledSchema("", manifest.manifestVersion));
}

/**
 * The bundled localisation schemas write "activityTypes[...\b]" with an unescaped "]", which
 * JavaScript rejects in unicode mode (the mode ajv uses); "\]" is what the pattern means.
 */
function repairLocalizationSchema(schema) {
  const props = schema.patternProperties;
  if (!props) return schema;
  const repaired = Object.fromEntries(Object.entries(props).map(([k, v]) => [k.replace(/\\b\]/g, "\\b\\]"), v]));
  return { ...schema, patternProperties: repaired };
}

/** Schema errors of a localisation file, empty when valid. */
async function validateLocalization(content, manifestVersion) {
  const schema = repairLocalizationSchema(bundledSchema("Localization.", manifestVersion));
  return AppManifestUtils.validateAgainstSchema(content, schema);
}

/** Resolves a localisation key such as "bots[0].commandLists[1].commands[2].title" in the manifest. */
function valueAtKey(manifest, key) {
  const steps = key.split(".").flatMap((part) => {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [Symbol("invalid")];
    const indexes = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    return [m[1], ...indexes];
  });
  let node = manifest;
  for (const step of steps) {
    if (node === null || typeof node !== "object" || typeof step === "symbol" || !(step in node)) return undefined;
    node = node[step];
  }
  return node;
}

/** Keys of a localisation file that do not point at a string of the manifest. */
function unknownLocalizationKeys(manifest, content) {
  return Object.keys(content)
    .filter((k) => k !== "$schema" && k !== "localizationKeys")
    .filter((k) => typeof valueAtKey(manifest, k) !== "string");
}

/** Problems with the two icons, checked as Teams checks them. */
function iconProblems(manifest, manifestDir = MANIFEST_DIR) {
  const problems = [];
  const expect = [
    ["color", 192],
    ["outline", 32],
  ];
  for (const [kind, size] of expect) {
    const rel = manifest.icons?.[kind];
    const file = rel ? path.join(manifestDir, rel) : "";
    if (!rel || !fs.existsSync(file)) {
      problems.push(`The ${kind} icon ${rel ?? "(not declared)"} is missing.`);
      continue;
    }
    const png = PNG.sync.read(fs.readFileSync(file));
    if (png.width !== size || png.height !== size) {
      problems.push(`The ${kind} icon is ${png.width}x${png.height}: Teams expects ${size}x${size}.`);
    }
    if (kind === "outline" && !isWhiteOnTransparent(png)) {
      problems.push("The outline icon must be white on a transparent background only.");
    }
  }
  return problems;
}

/** Every pixel is either fully transparent or white (any opacity, for anti-aliased edges). */
function isWhiteOnTransparent(png) {
  for (let i = 0; i < png.data.length; i += 4) {
    const alpha = png.data[i + 3];
    const white = png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255;
    if (alpha !== 0 && !white) return false;
  }
  return true;
}

/**
 * Builds and validates the whole app package in memory.
 * @returns {Promise<{ zip: Buffer, manifest: object, files: string[] }>}
 */
async function buildAppPackage(settings, manifestDir = MANIFEST_DIR) {
  const { manifest, localizations } = buildManifest(settings, manifestDir);
  const problems = (await validateManifest(manifest)).map((e) => `manifest.json: ${e}`);
  for (const loc of localizations) {
    for (const e of await validateLocalization(loc.content, manifest.manifestVersion))
      problems.push(`${loc.file}: ${e}`);
    for (const k of unknownLocalizationKeys(manifest, loc.content))
      problems.push(`${loc.file}: key "${k}" matches no text of the manifest.`);
  }
  problems.push(...iconProblems(manifest, manifestDir));
  if (problems.length > 0) throw new PackageError(problems);

  const zip = new JSZip();
  // A fixed date keeps the archive byte-identical for identical inputs.
  const date = new Date("2000-01-01T00:00:00Z");
  zip.file("manifest.json", JSON.stringify(manifest, null, 2) + "\n", { date });
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(icon, fs.readFileSync(path.join(manifestDir, icon)), { date });
  }
  for (const loc of localizations) zip.file(loc.file, JSON.stringify(loc.content, null, 2) + "\n", { date });
  const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { zip: buffer, manifest, files: Object.keys(zip.files).sort() };
}

module.exports = {
  MANIFEST_DIR,
  PackageError,
  readSettings,
  placeholderValues,
  fillPlaceholders,
  buildManifest,
  validateManifest,
  validateLocalization,
  unknownLocalizationKeys,
  iconProblems,
  isWhiteOnTransparent,
  buildAppPackage,
};

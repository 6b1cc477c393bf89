// m365agents.yml, env files, the Entra app manifest and the secret scan of everything committed
// under infra/, manifest/ and env/.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { outputs } from "./bicepText";
import { secretProblems } from "./checks";

const ROOT = resolve(__dirname, "../../..");
const read = (rel: string): string => readFileSync(join(ROOT, rel), "utf8");
const YML = read("m365agents.yml");

/** Action names of the Agents Toolkit project schema (v1.11 / v1.12 yaml.schema.json). */
const KNOWN_ACTIONS = new Set([
  "aadApp/create",
  "aadApp/update",
  "arm/deploy",
  "azureStorage/enableStaticWebsite",
  "cli/runNpmCommand",
  "cli/runDotnetCommand",
  "cli/runNpxCommand",
  "azureStorage/deploy",
  "azureAppService/zipDeploy",
  "azureFunctions/zipDeploy",
  "teamsApp/create",
  "teamsApp/validateManifest",
  "teamsApp/validateAppPackage",
  "teamsApp/validateWithTestCases",
  "teamsApp/zipAppPackage",
  "teamsApp/update",
  "teamsApp/publishAppPackage",
  "botAadApp/create",
  "botFramework/create",
  "file/createOrUpdateEnvironmentFile",
  "file/createOrUpdateJsonFile",
  "devTool/install",
  "teamsApp/extendToM365",
  "script",
]);

/** Variables the Toolkit itself provides, or that an action generates without a writeToEnvironmentFile entry. */
const TOOLKIT_VARIABLES = [
  "TEAMSFX_ENV",
  "AZURE_SUBSCRIPTION_ID",
  "AZURE_RESOURCE_GROUP_NAME",
  "AAD_APP_ACCESS_AS_USER_PERMISSION_ID",
];

interface Step {
  stage: string;
  uses: string;
  text: string;
}

/** The actions of each lifecycle stage, in order, with their text. */
function steps(yml: string): Step[] {
  const found: Step[] = [];
  let stage = "";
  let current: Step | undefined;
  for (const line of yml.split("\n")) {
    const top = /^(\w+):/.exec(line);
    if (top) stage = top[1]!;
    const uses = /^\s+- uses:\s*(\S+)/.exec(line);
    if (uses) {
      current = { stage, uses: uses[1]!, text: "" };
      found.push(current);
    }
    if (current && !top) current.text += line + "\n";
    if (top) current = undefined;
  }
  return found;
}

function envKeys(text: string): string[] {
  return [...text.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!);
}

const placeholders = (text: string): string[] => [...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

describe("m365agents.yml", () => {
  const all = steps(YML);
  const order = (uses: string) => all.findIndex((s) => s.uses === uses);

  it("declares a schema version and the env folder", () => {
    expect(YML).toMatch(/^version: v1\.\d+$/m);
    expect(YML).toMatch(/^environmentFolderPath: \.\/env$/m);
    expect(existsSync(join(ROOT, "env"))).toBe(true);
  });

  it("uses only actions that exist", () => {
    expect(all.length).toBeGreaterThan(5);
    expect(all.map((s) => s.uses).filter((u) => !KNOWN_ACTIONS.has(u))).toEqual([]);
  });

  it("provisions in an order where every input already exists, and deploys the build", () => {
    const provision = all.filter((s) => s.stage === "provision").map((s) => s.uses);
    expect(provision).toEqual([
      "teamsApp/create",
      "aadApp/create",
      "arm/deploy",
      "aadApp/update",
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    expect(order("aadApp/update")).toBeGreaterThan(order("arm/deploy")); // needs PUBLIC_HOSTNAME
    expect(all.filter((s) => s.stage === "deploy").map((s) => s.uses)).toEqual([
      "cli/runNpmCommand",
      "cli/runNpmCommand",
      "azureAppService/zipDeploy",
    ]);
    expect(all.find((s) => s.stage === "deploy" && /args: run build/.test(s.text))).toBeDefined();
  });

  it("refers only to files that exist", () => {
    const refs = [...YML.matchAll(/^\s+-?\s*(manifestPath|path|parameters|ignoreFile):\s*(\S+)/gm)].map((m) => m[2]!);
    expect(refs).toEqual(
      expect.arrayContaining([
        "./manifest/manifest.template.json",
        "./infra/main.bicep",
        "./infra/main.parameters.json",
        "./infra/aad.manifest.json",
      ]),
    );
    expect(refs.filter((r) => !existsSync(join(ROOT, r)))).toEqual([]);
  });

  it("gives every ${{VARIABLE}} a source: env file, an earlier action, a Bicep output or the Toolkit", () => {
    const sources = new Set([
      ...TOOLKIT_VARIABLES,
      ...envKeys(read("env/.env.dev")),
      ...[...YML.matchAll(/^\s+\w+:\s*([A-Z][A-Z0-9_]*)\s*$/gm)].map((m) => m[1]!),
      ...outputs(read("infra/main.bicep")).map((o) => o.name),
    ]);
    const files = [
      "m365agents.yml",
      "infra/main.parameters.json",
      "infra/aad.manifest.json",
      "manifest/manifest.template.json",
      "manifest/en.json",
    ];
    const unsourced = files.flatMap((f) =>
      placeholders(read(f))
        .filter((p) => !sources.has(p))
        .map((p) => `${f}: ${p}`),
    );
    expect(unsourced).toEqual([]);
  });

  it("the manifest's SSO resource is the application id URI the Entra manifest sets", () => {
    const manifest = JSON.parse(read("manifest/manifest.template.json")) as {
      webApplicationInfo: { id: string; resource: string };
    };
    const aad = JSON.parse(read("infra/aad.manifest.json")) as { appId: string; identifierUris: string[] };
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.appId).toBe(manifest.webApplicationInfo.id);
  });
});

describe("Entra app manifest (infra/aad.manifest.json)", () => {
  type Aad = {
    signInAudience: string;
    oauth2Permissions: Array<{ value: string; id: string; type: string; isEnabled: boolean }>;
    preAuthorizedApplications: Array<{ appId: string; permissionIds: string[] }>;
  };
  const aad = JSON.parse(read("infra/aad.manifest.json")) as Aad;

  it("exposes access_as_user and pre-authorises the Teams desktop/mobile and web clients for it", () => {
    const scope = aad.oauth2Permissions.find((p) => p.value === "access_as_user");
    expect(scope).toMatchObject({ type: "User", isEnabled: true });
    const authorised = Object.fromEntries(aad.preAuthorizedApplications.map((a) => [a.appId, a.permissionIds]));
    for (const teamsClient of ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"]) {
      expect(authorised[teamsClient]).toEqual([scope!.id]);
    }
    expect(aad.signInAudience).toBe("AzureADMyOrg");
  });
});

describe("env files", () => {
  it("env/.env.dev has no secret and sets what provision reads", () => {
    const text = read("env/.env.dev");
    expect(envKeys(text).filter((k) => k.startsWith("SECRET_"))).toEqual([]);
    expect(envKeys(text)).toEqual(
      expect.arrayContaining(["TEAMSFX_ENV", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME", "PUBLISHER_NAME"]),
    );
  });
});

/** Text files committed under a folder; `.env.*.user` files are git-ignored and excluded. */
function committedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return committedFiles(full);
    if (/\.png$/i.test(name) || /\.env\..*\.user$/.test(name)) return [];
    return [full];
  });
}

describe("no secrets in infra/, manifest/, env/ and the Toolkit files", () => {
  const files = [
    ...["infra", "manifest", "env"].flatMap((d) => committedFiles(join(ROOT, d))),
    ...["m365agents.yml", "m365agents.local.yml"].map((f) => join(ROOT, f)).filter((f) => existsSync(f)),
  ];

  it("scans a real set of files", () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining([
        "infra/main.bicep",
        "infra/modules/storage.bicep",
        "manifest/manifest.template.json",
        "env/.env.dev",
        "m365agents.yml",
      ]),
    );
  });

  it("finds none", () => {
    expect(files.flatMap((f) => secretProblems(relative(ROOT, f), readFileSync(f, "utf8")))).toEqual([]);
  });

  it.each([
    ["DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc==;", "storage account key"],
    [
      "InstrumentationKey=00000000-1111-2222-3333-444444444444;IngestionEndpoint=x",
      "Application Insights instrumentation key",
    ],
    ["value: storage.listKeys().keys[0].value", "storage keys read by the template"],
    ['"clientSecret": "s3cr3t-value-here"', "password or secret literal"],
    ["password: 'Hunter2Hunter2'", "password or secret literal"],
    ["SECRET_BOT_PASSWORD=abc", "secret value in an env file"],
    ["      generateClientSecret: true", "client secret generated"],
  ])("flags %s", (text, what) => {
    expect(secretProblems("sample", text)).toContain(`sample: ${what}`);
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { modules, outputs, params, resources, stripComments } from "./bicepText";
import {
  TABLE_DATA_CONTRIBUTOR,
  WEB_APP_SETTINGS,
  appServiceProblems,
  botProblems,
  identityProblems,
  monitoringProblems,
  paramProblems,
  storageProblems,
} from "./checks";

const INFRA = resolve(__dirname, "../../../infra");
const read = (rel: string): string => readFileSync(join(INFRA, rel), "utf8");
const MAIN = read("main.bicep");
const moduleFiles = readdirSync(join(INFRA, "modules")).filter((f) => f.endsWith(".bicep"));
const bicepFiles = ["main.bicep", ...moduleFiles.map((f) => `modules/${f}`)];

/** Removes the first line matching `re`, to prove a check fails when a setting disappears. */
function without(text: string, re: RegExp): string {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`nothing matches ${re}`);
  lines.splice(i, 1);
  return lines.join("\n");
}

describe("main.bicep and its modules", () => {
  const mods = modules(MAIN);

  it("has one module per concern, each file present and each file used", () => {
    expect(mods.map((m) => m.path).sort()).toEqual(
      ["appService", "bot", "identity", "monitoring", "storage"].map((n) => `modules/${n}.bicep`),
    );
    for (const m of mods) expect(existsSync(join(INFRA, m.path))).toBe(true);
    expect(moduleFiles.map((f) => `modules/${f}`).sort()).toEqual(mods.map((m) => m.path).sort());
  });

  it("passes every required param of each module and only params the module declares", () => {
    for (const m of mods) {
      const declared = params(read(m.path));
      const passed = Object.keys(m.params);
      const required = declared.filter((p) => p.defaultValue === undefined).map((p) => p.name);
      expect({ module: m.symbol, missing: required.filter((r) => !passed.includes(r)) }).toEqual({
        module: m.symbol,
        missing: [],
      });
      const names = declared.map((p) => p.name);
      expect({ module: m.symbol, unknown: passed.filter((p) => !names.includes(p)) }).toEqual({
        module: m.symbol,
        unknown: [],
      });
    }
  });

  it("reads only outputs that the modules declare", () => {
    const bySymbol = Object.fromEntries(mods.map((m) => [m.symbol, outputs(read(m.path)).map((o) => o.name)]));
    const used = [...stripComments(MAIN).matchAll(/\b(\w+)\.outputs\.(\w+)/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(used.length).toBeGreaterThan(10);
    for (const [symbol, output] of used)
      expect(`${symbol}.${output}: ${bySymbol[symbol]?.includes(output)}`).toBe(`${symbol}.${output}: true`);
  });

  it("wires the identity, storage and monitoring outputs into the web app and the bot", () => {
    const by = Object.fromEntries(mods.map((m) => [m.symbol, m.params]));
    expect(by["appService"]).toMatchObject({
      identityId: "identity.outputs.id",
      identityClientId: "identity.outputs.clientId",
      tenantId: "identity.outputs.tenantId",
      storageTableEndpoint: "storage.outputs.tableEndpoint",
      appInsightsConnectionString: "monitoring.outputs.connectionString",
      publicHostname: "publicHostname",
    });
    expect(by["storage"]).toMatchObject({ principalId: "identity.outputs.principalId" });
    expect(by["bot"]).toMatchObject({
      msaAppId: "identity.outputs.clientId",
      msaAppMSIResourceId: "identity.outputs.id",
      msaAppTenantId: "identity.outputs.tenantId",
      endpointHost: "publicHostname",
    });
  });

  it("outputs what the Agents Toolkit writes to env/.env.<env>", () => {
    const names = outputs(MAIN).map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining(["BOT_ID", "BOT_TENANT_ID", "BOT_AZURE_APP_SERVICE_RESOURCE_ID", "PUBLIC_HOSTNAME"]),
    );
    for (const n of names) expect(n).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it("uses dated, non-preview API versions", () => {
    for (const file of bicepFiles) {
      for (const r of resources(read(file))) expect(`${r.type}@${r.apiVersion}`).toMatch(/@\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("parameters", () => {
  it("every param of every Bicep file has a @description and none is a secret", () => {
    expect(bicepFiles.flatMap((f) => paramProblems(f, read(f)))).toEqual([]);
  });

  it("the check catches a param without description, and a secret-looking param without @secure()", () => {
    const text = "@description('x')\nparam a string\n\nparam b string\n@description('k')\nparam clientSecret string\n";
    expect(paramProblems("t.bicep", text)).toEqual([
      "t.bicep: param b has no @description",
      "t.bicep: param clientSecret looks secret but is not @secure()",
    ]);
  });

  it("main.parameters.json sets only params of main.bicep and every required one", () => {
    const json = JSON.parse(read("main.parameters.json")) as { parameters: Record<string, { value: unknown }> };
    const declared = params(MAIN);
    const given = Object.keys(json.parameters);
    expect(given.filter((g) => !declared.some((p) => p.name === g))).toEqual([]);
    expect(declared.filter((p) => p.defaultValue === undefined && !given.includes(p.name)).map((p) => p.name)).toEqual(
      [],
    );
  });

  it("main.bicep constrains its params (lengths, allowed values)", () => {
    const byName = Object.fromEntries(params(MAIN).map((p) => [p.name, p.decorators.join(" ")]));
    expect(byName["resourceBaseName"]).toMatch(/@minLength\(3\).*@maxLength\(20\)/);
    expect(byName["appServiceSku"]).toMatch(/@allowed\(/);
    expect(byName["botLocation"]).toMatch(/@allowed\(/);
  });
});

describe("web app (modules/appService.bicep)", () => {
  const text = read("modules/appService.bicep");

  it("is a Linux Node 20 app, HTTPS only, TLS 1.2, no FTP, health-checked, with its app settings", () => {
    expect(appServiceProblems(text)).toEqual([]);
  });

  it.each([
    [/healthCheckPath:/, "siteConfig: healthCheckPath missing"],
    [/httpsOnly:/, "site.properties: httpsOnly missing"],
    [/ftpsState:/, "siteConfig: ftpsState missing"],
    [/linuxFxVersion:/, "siteConfig: linuxFxVersion missing"],
    [/alwaysOn:/, "siteConfig: alwaysOn missing"],
    [/minTlsVersion:/, "siteConfig: minTlsVersion missing"],
  ])("fails when %s is removed", (re, message) => {
    expect(appServiceProblems(without(text, re))).toContain(message);
  });

  it.each(Object.keys(WEB_APP_SETTINGS))("fails when the app setting %s is removed", (name) => {
    const altered = text.replace(new RegExp(`name: '${name}'`), "name: 'REMOVED'");
    expect(appServiceProblems(altered)).toContain(`app setting ${name} missing`);
  });

  it("fails when NODE_ENV is not production", () => {
    expect(appServiceProblems(text.replace("value: 'production'", "value: 'development'"))).toContain(
      "app setting NODE_ENV is 'development', expected 'production'",
    );
  });
});

describe("bot (modules/bot.bicep)", () => {
  const text = read("modules/bot.bicep");

  it("is an Azure Bot on the user-assigned identity, pointing at /api/messages, with the Teams channel", () => {
    expect(botProblems(text)).toEqual([]);
  });

  it.each([
    [/msaAppType:/, "bot.properties: msaAppType missing"],
    [/msaAppMSIResourceId:/, "bot.properties: msaAppMSIResourceId missing"],
    [/msaAppTenantId:/, "bot.properties: msaAppTenantId missing"],
    [/channelName:/, "channel.properties: channelName missing"],
  ])("fails when %s is removed", (re, message) => {
    expect(botProblems(without(text, re))).toContain(message);
  });

  it("fails without the Teams channel", () => {
    const altered = text.replace("'Microsoft.BotService/botServices/channels@", "'Other.Type@");
    expect(botProblems(altered)).toContain("no resource of type Microsoft.BotService/botServices/channels");
  });
});

describe("storage (modules/storage.bicep)", () => {
  const text = read("modules/storage.bicep");

  it("is StorageV2, Entra-only, TLS 1.2, HTTPS only, and grants the identity Table Data Contributor", () => {
    expect(storageProblems(text)).toEqual([]);
    expect(text).toContain(TABLE_DATA_CONTRIBUTOR);
  });

  it.each([
    [/allowSharedKeyAccess:/, "storage.properties: allowSharedKeyAccess missing"],
    [/allowBlobPublicAccess:/, "storage.properties: allowBlobPublicAccess missing"],
    [/minimumTlsVersion:/, "storage.properties: minimumTlsVersion missing"],
    [/supportsHttpsTrafficOnly:/, "storage.properties: supportsHttpsTrafficOnly missing"],
    [/principalType:/, "roleAssignment.properties: principalType missing"],
  ])("fails when %s is removed", (re, message) => {
    expect(storageProblems(without(text, re))).toContain(message);
  });

  it("fails when the role is not Storage Table Data Contributor", () => {
    const altered = text.replace(TABLE_DATA_CONTRIBUTOR, "ba92f5b4-2d11-453d-a403-e96b0029c9fe");
    expect(storageProblems(altered).join("\n")).toMatch(/not Storage Table Data Contributor/);
  });
});

describe("monitoring and identity", () => {
  it("monitoring has a workspace-based Application Insights and outputs its connection string", () => {
    const text = read("modules/monitoring.bicep");
    expect(monitoringProblems(text)).toEqual([]);
    expect(monitoringProblems(without(text, /WorkspaceResourceId:/))).toContain(
      "insights.properties: WorkspaceResourceId missing",
    );
  });

  it("identity is a user-assigned identity with the ids the others need", () => {
    const text = read("modules/identity.bicep");
    expect(identityProblems(text)).toEqual([]);
    expect(identityProblems(without(text, /^output principalId/))).toContain("output principalId missing");
  });
});

// Offline checks of the Bicep files. Each returns a list of problems (empty = fine), so the tests can
// both run them on the real files and prove, on altered copies, that they do catch a regression.
import {
  blockAfter,
  namedValues,
  objectEntries,
  outputs,
  params,
  resources,
  stripComments,
  type ResourceBlock,
} from "./bicepText";

type Expect = Record<string, string>;

function resourceOfType(text: string, type: string, problems: string[]): ResourceBlock | undefined {
  const found = resources(text).find((r) => r.type === type);
  if (!found) problems.push(`no resource of type ${type}`);
  return found;
}

/** Compares `key: expression` entries of a block with the expected expressions, as written. */
function expectEntries(where: string, block: string | undefined, expected: Expect, problems: string[]): void {
  if (block === undefined) {
    problems.push(`${where}: block missing`);
    return;
  }
  const actual = objectEntries(block);
  for (const [key, value] of Object.entries(expected)) {
    if (!(key in actual)) problems.push(`${where}: ${key} missing`);
    else if (actual[key] !== value) problems.push(`${where}: ${key} is ${actual[key]}, expected ${value}`);
  }
}

/** `var name = 'literal'` values, to resolve constants such as role ids. */
function stringVars(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const m of stripComments(text).matchAll(/^var\s+(\w+)\s*=\s*'([^']*)'\s*$/gm)) vars[m[1]!] = m[2]!;
  return vars;
}

export const WEB_APP_SETTINGS: Expect = {
  NODE_ENV: "'production'",
  HOST: "'0.0.0.0'",
  MicrosoftAppId: "identityClientId",
  MicrosoftAppType: "'UserAssignedMSI'",
  MicrosoftAppTenantId: "tenantId",
  STORAGE_ACCOUNT_URL: "storageTableEndpoint",
  AZURE_CLIENT_ID: "identityClientId",
  APPLICATIONINSIGHTS_CONNECTION_STRING: "appInsightsConnectionString",
  PUBLIC_HOSTNAME: "publicHostname",
  ALLOWED_TENANT_IDS: "allowedTenantIds",
};

export function appServiceProblems(text: string): string[] {
  const problems: string[] = [];
  const plan = resourceOfType(text, "Microsoft.Web/serverfarms", problems);
  if (plan) {
    expectEntries("plan", plan.body, { kind: "'linux'" }, problems);
    expectEntries("plan.properties", blockAfter(plan.body, "properties"), { reserved: "true" }, problems);
  }
  const site = resourceOfType(text, "Microsoft.Web/sites", problems);
  if (!site) return problems;
  expectEntries("site.identity", blockAfter(site.body, "identity"), { type: "'UserAssigned'" }, problems);
  const properties = blockAfter(site.body, "properties");
  expectEntries(
    "site.properties",
    properties,
    { httpsOnly: "true", serverFarmId: `${plan?.symbol ?? "plan"}.id` },
    problems,
  );
  const siteConfig = properties === undefined ? undefined : blockAfter(properties, "siteConfig");
  expectEntries(
    "siteConfig",
    siteConfig,
    {
      linuxFxVersion: "'NODE|20-lts'",
      alwaysOn: "true",
      minTlsVersion: "'1.2'",
      ftpsState: "'Disabled'",
      healthCheckPath: "'/api/health'",
    },
    problems,
  );
  const settingsBlock = siteConfig === undefined ? undefined : blockAfter(siteConfig, "appSettings");
  const settings = settingsBlock === undefined ? {} : namedValues(settingsBlock);
  for (const [name, value] of Object.entries(WEB_APP_SETTINGS)) {
    if (!(name in settings)) problems.push(`app setting ${name} missing`);
    else if (settings[name] !== value) problems.push(`app setting ${name} is ${settings[name]}, expected ${value}`);
  }
  return problems;
}

export const TABLE_DATA_CONTRIBUTOR = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

export function storageProblems(text: string): string[] {
  const problems: string[] = [];
  const account = resourceOfType(text, "Microsoft.Storage/storageAccounts", problems);
  if (account) {
    expectEntries("storage", account.body, { kind: "'StorageV2'" }, problems);
    expectEntries(
      "storage.properties",
      blockAfter(account.body, "properties"),
      {
        allowBlobPublicAccess: "false",
        allowSharedKeyAccess: "false",
        minimumTlsVersion: "'TLS1_2'",
        supportsHttpsTrafficOnly: "true",
      },
      problems,
    );
  }
  const role = resourceOfType(text, "Microsoft.Authorization/roleAssignments", problems);
  if (role) {
    expectEntries("roleAssignment", role.body, { scope: account?.symbol ?? "storage" }, problems);
    const props = blockAfter(role.body, "properties");
    expectEntries(
      "roleAssignment.properties",
      props,
      { principalId: "principalId", principalType: "'ServicePrincipal'" },
      problems,
    );
    const vars = stringVars(text);
    const roleExpr = objectEntries(props ?? "{}")["roleDefinitionId"] ?? "";
    const resolved = roleExpr.replace(/\b\w+\b/g, (w) => (w in vars ? `'${vars[w]}'` : w));
    if (!resolved.includes(TABLE_DATA_CONTRIBUTOR))
      problems.push(`roleDefinitionId ${roleExpr} is not Storage Table Data Contributor`);
  }
  return problems;
}

export function botProblems(text: string): string[] {
  const problems: string[] = [];
  const bot = resourceOfType(text, "Microsoft.BotService/botServices", problems);
  if (bot) {
    expectEntries("bot", bot.body, { kind: "'azurebot'" }, problems);
    expectEntries(
      "bot.properties",
      blockAfter(bot.body, "properties"),
      {
        msaAppType: "'UserAssignedMSI'",
        msaAppId: "msaAppId",
        msaAppMSIResourceId: "msaAppMSIResourceId",
        msaAppTenantId: "msaAppTenantId",
        endpoint: "'https://${endpointHost}/api/messages'",
      },
      problems,
    );
  }
  const channel = resourceOfType(text, "Microsoft.BotService/botServices/channels", problems);
  if (channel) {
    expectEntries("channel", channel.body, { name: "'MsTeamsChannel'", parent: bot?.symbol ?? "bot" }, problems);
    const props = blockAfter(channel.body, "properties");
    expectEntries("channel.properties", props, { channelName: "'MsTeamsChannel'" }, problems);
    expectEntries(
      "channel.properties.properties",
      props && blockAfter(props, "properties"),
      { isEnabled: "true" },
      problems,
    );
  }
  return problems;
}

export function monitoringProblems(text: string): string[] {
  const problems: string[] = [];
  const workspace = resourceOfType(text, "Microsoft.OperationalInsights/workspaces", problems);
  const insights = resourceOfType(text, "Microsoft.Insights/components", problems);
  if (insights) {
    expectEntries("insights", insights.body, { kind: "'web'" }, problems);
    expectEntries(
      "insights.properties",
      blockAfter(insights.body, "properties"),
      { Application_Type: "'web'", WorkspaceResourceId: `${workspace?.symbol ?? "workspace"}.id` },
      problems,
    );
  }
  if (!outputs(text).some((o) => o.name === "connectionString")) problems.push("output connectionString missing");
  return problems;
}

export function identityProblems(text: string): string[] {
  const problems: string[] = [];
  resourceOfType(text, "Microsoft.ManagedIdentity/userAssignedIdentities", problems);
  const names = outputs(text).map((o) => o.name);
  for (const name of ["id", "clientId", "principalId", "tenantId"])
    if (!names.includes(name)) problems.push(`output ${name} missing`);
  return problems;
}

const SECRET_NAME = /(secret|password|passwd|key|token|connectionstring)$/i;
const CONNECTION_STRING_PARAM = /connectionstring/i;

/** Every param described; any param that looks like a secret is @secure() (connection strings aside, see below). */
export function paramProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const p of params(text)) {
    if (!p.decorators.some((d) => d.startsWith("@description(")))
      problems.push(`${file}: param ${p.name} has no @description`);
    // The Application Insights connection string only routes telemetry; Microsoft documents it as not a secret.
    if (SECRET_NAME.test(p.name) && !CONNECTION_STRING_PARAM.test(p.name) && !p.decorators.includes("@secure()")) {
      problems.push(`${file}: param ${p.name} looks secret but is not @secure()`);
    }
  }
  return problems;
}

const SECRET_PATTERNS: Array<[string, RegExp]> = [
  ["storage account key", /AccountKey\s*=/i],
  ["storage connection string", /DefaultEndpointsProtocol\s*=/i],
  ["Application Insights instrumentation key", /InstrumentationKey\s*=\s*[0-9a-f]/i],
  ["shared access signature", /SharedAccessSignature\s*=|[?&]sig=[A-Za-z0-9%]/],
  ["private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["password or secret literal", /\b(password|passwd|pwd|client_?secret|secret)\b["']?\s*[:=]\s*["']?[^\s"'$<{}]{6,}/i],
  ["storage keys read by the template", /\blistKeys\s*\(|\blistConnectionStrings\s*\(/],
  ["client secret generated", /generateClientSecret:\s*true/],
  ["secret value in an env file", /^SECRET_\w+=\S/m],
];

/** Secret-looking content in a committed file. */
export function secretProblems(file: string, text: string): string[] {
  return SECRET_PATTERNS.filter(([, re]) => re.test(text)).map(([what]) => `${file}: ${what}`);
}

import { z } from "zod";
import { outboxSettingsFrom, type OutboxSettings } from "./outboxSettings";

/**
 * Configuration is read once at start-up, validated, and passed down. Nothing else reads process.env.
 * Variable names follow botbuilder's conventions where botbuilder reads them (MicrosoftApp*).
 */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const flag = z
  .enum(["", "0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** Teams Bot Connector hosts: commercial, GCC/GCCH/DoD, and France's sovereign cloud. */
export const DEFAULT_SERVICE_URL_HOSTS = [
  "smba.trafficmanager.net",
  "smba.infra.gcc.teams.microsoft.com",
  "smba.infra.gov.teams.microsoft.us",
  "smba.infra.dod.teams.microsoft.us",
  "smba.teams.sovcloud-core.fr",
];

const APP_TYPES = ["SingleTenant", "UserAssignedMSI", "MultiTenant"] as const;

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_HOSTNAME: z
    .string()
    .regex(/^[a-z0-9.-]+(:[0-9]+)?$/i, "a host name without scheme or path, e.g. vivre-ensemble.example.fr")
    .optional(),
  /** The Teams app id (manifest id), used for deep links to the app's tabs. */
  TEAMS_APP_ID: z.string().optional(),

  MicrosoftAppId: z.string().default(""),
  // botbuilder compares app types case-insensitively; so do we, then store one spelling.
  MicrosoftAppType: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return undefined;
      const known = APP_TYPES.find((t) => t.toLowerCase() === v.trim().toLowerCase());
      if (!known) ctx.addIssue({ code: "custom", message: `must be one of ${APP_TYPES.join(", ")}` });
      return known;
    }),
  MicrosoftAppTenantId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  ALLOWED_TENANT_IDS: list,
  /** Tab single sign-on: the Entra app the tab asks tokens for (defaults to MicrosoftAppId), and where its keys are. */
  SSO_APP_ID: z.string().optional(),
  SSO_JWKS_URL: z.url().optional(),
  /** Issuer bases, only for sovereign clouds or tests (defaults: sts.windows.net and login.microsoftonline.com). */
  SSO_ISSUER_V1_BASE: z.url().optional(),
  SSO_ISSUER_V2_BASE: z.url().optional(),
  /** Where botbuilder fetches the Bot Connector's signing keys; only set for sovereign clouds or tests. */
  BOT_OPENID_METADATA_URL: z.url().optional(),
  ALLOWED_SERVICE_URL_HOSTS: list,

  /** Either a connection string (Azurite, or an account key) or an account URL used with a managed identity. */
  STORAGE_CONNECTION_STRING: z.string().optional(),
  STORAGE_ACCOUNT_URL: z.url().optional(),
  /** Prefix of every table name, so several deployments (or test files) can share one account. */
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, "letters and digits, starting with a letter, at most 21")
    .default("ve"),

  /** Requests a minute on the public pages (join, confirmation, follow-up): per client, and per code. */
  PUBLIC_RATE_PER_CLIENT: z.coerce.number().int().min(1).optional(),
  PUBLIC_RATE_PER_CODE: z.coerce.number().int().min(1).optional(),
  /** Join-page devices: per client address a minute and in all, and per workshop in all (ballot stuffing). */
  JOIN_DEVICES_PER_CLIENT_PER_MINUTE: z.coerce.number().int().min(1).optional(),
  JOIN_DEVICES_PER_CLIENT: z.coerce.number().int().min(1).optional(),
  JOIN_DEVICES_PER_WORKSHOP: z.coerce.number().int().min(1).max(100_000).optional(),

  /** Profile data of volunteers and usagers' contact details are purged this long after a campaign's creation, unless the campaign sets its own date. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** How often the purge runs (it runs on every instance; a lease lets one at a time do the work). */
  PURGE_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(6 * 3600 * 1000),
  /** How often campaigns are checked for reminders (panel not confirmed before a workshop, spacing rule); each is sent once. */
  REMINDER_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(3600 * 1000),

  AZURITE_TABLE_PORT: z.coerce.number().int().min(1).max(65535).default(10002),
  AZURITE_IN_MEMORY: flag,
  DATA_DIR: z.string().default(".data"),
  TAB_DIR: z.string().optional(),
});

export type AppType = "SingleTenant" | "UserAssignedMSI" | "MultiTenant";

export interface AppConfig {
  readonly env: "development" | "production" | "test";
  readonly host: string;
  readonly port: number;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  readonly publicHostname?: string;
  readonly teamsAppId?: string;
  /** Local mode: no app id, so botbuilder authenticates nothing; only ever bound to loopback. */
  readonly localMode: boolean;
  readonly bot: {
    readonly appId: string;
    readonly appType?: AppType;
    readonly tenantId?: string;
    readonly password?: string;
    readonly allowedTenantIds: readonly string[];
    readonly allowedServiceUrlHosts: readonly string[];
    readonly openIdMetadataUrl?: string;
  };
  readonly storage:
    | { readonly kind: "connectionString"; readonly connectionString: string; readonly tablePrefix: string }
    | { readonly kind: "accountUrl"; readonly accountUrl: string; readonly tablePrefix: string };
  readonly tabDir?: string;
  readonly sso: {
    readonly appId?: string;
    readonly jwksUrl?: string;
    readonly issuerV1Base?: string;
    readonly issuerV2Base?: string;
  };
  readonly retention: { readonly days: number; readonly purgeIntervalMs: number };
  readonly reminderIntervalMs: number;
  /** Proactive sending limits (Teams' rate limits, retries, lease); OUTBOX_* variables. */
  readonly outbox: OutboxSettings;
  readonly publicLimits: { readonly perClientPerMinute?: number; readonly perCodePerMinute?: number };
  /** Overrides of the join-page device limits (domain/deviceAdmission.ts has the defaults). */
  readonly joinDevices: {
    readonly perClientPerMinute?: number;
    readonly perClientTotal?: number;
    readonly perWorkshopTotal?: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n - ${problems.join("\n - ")}`);
    this.name = "ConfigError";
  }
}

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
export function azuriteConnectionString(port: number, host = "127.0.0.1"): string {
  return (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
    `TableEndpoint=http://${host}:${port}/devstoreaccount1;`
  );
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  let outbox: OutboxSettings | undefined;
  try {
    outbox = outboxSettingsFrom(env);
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
    problems.push(...issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`));
  }
  const localMode = e.MicrosoftAppId.trim() === "";

  if (e.NODE_ENV === "production") {
    if (localMode) problems.push("MicrosoftAppId is required in production");
    if (e.MicrosoftAppType !== "SingleTenant" && e.MicrosoftAppType !== "UserAssignedMSI")
      problems.push("MicrosoftAppType must be SingleTenant or UserAssignedMSI in production");
    if (!e.MicrosoftAppTenantId) problems.push("MicrosoftAppTenantId is required in production");
    if (e.MicrosoftAppType === "UserAssignedMSI" && e.MicrosoftAppPassword)
      problems.push("MicrosoftAppPassword must not be set with UserAssignedMSI");
    if (e.MicrosoftAppType === "SingleTenant" && !e.MicrosoftAppPassword)
      problems.push("MicrosoftAppPassword is required for a SingleTenant app (or use UserAssignedMSI)");
    if (!e.STORAGE_CONNECTION_STRING && !e.STORAGE_ACCOUNT_URL)
      problems.push("STORAGE_ACCOUNT_URL (managed identity) or STORAGE_CONNECTION_STRING is required in production");
    if (!e.PUBLIC_HOSTNAME) problems.push("PUBLIC_HOSTNAME is required in production");
  }
  if (localMode && !LOOPBACK.has(e.HOST)) {
    problems.push(`HOST=${e.HOST}: without MicrosoftAppId (local mode) the server only binds to loopback (127.0.0.1)`);
  }
  if (problems.length > 0 || !outbox) throw new ConfigError(problems);

  const storage: AppConfig["storage"] = e.STORAGE_ACCOUNT_URL
    ? { kind: "accountUrl", accountUrl: e.STORAGE_ACCOUNT_URL, tablePrefix: e.TABLE_PREFIX }
    : {
        kind: "connectionString",
        connectionString: e.STORAGE_CONNECTION_STRING ?? azuriteConnectionString(e.AZURITE_TABLE_PORT),
        tablePrefix: e.TABLE_PREFIX,
      };

  const allowedTenantIds =
    e.ALLOWED_TENANT_IDS.length > 0 || !e.MicrosoftAppTenantId ? e.ALLOWED_TENANT_IDS : [e.MicrosoftAppTenantId];
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    ...(e.PUBLIC_HOSTNAME ? { publicHostname: e.PUBLIC_HOSTNAME } : {}),
    ...(e.TEAMS_APP_ID ? { teamsAppId: e.TEAMS_APP_ID } : {}),
    localMode,
    bot: {
      appId: e.MicrosoftAppId,
      ...(e.MicrosoftAppType ? { appType: e.MicrosoftAppType } : {}),
      ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
      ...(e.MicrosoftAppPassword ? { password: e.MicrosoftAppPassword } : {}),
      allowedTenantIds,
      allowedServiceUrlHosts:
        e.ALLOWED_SERVICE_URL_HOSTS.length > 0 ? e.ALLOWED_SERVICE_URL_HOSTS : DEFAULT_SERVICE_URL_HOSTS,
      ...(e.BOT_OPENID_METADATA_URL ? { openIdMetadataUrl: e.BOT_OPENID_METADATA_URL } : {}),
    },
    storage,
    ...(e.TAB_DIR ? { tabDir: e.TAB_DIR } : {}),
    outbox,
    retention: { days: e.RETENTION_DAYS, purgeIntervalMs: e.PURGE_INTERVAL_MS },
    reminderIntervalMs: e.REMINDER_INTERVAL_MS,
    sso: {
      ...(e.SSO_APP_ID || e.MicrosoftAppId ? { appId: e.SSO_APP_ID || e.MicrosoftAppId } : {}),
      ...(e.SSO_JWKS_URL ? { jwksUrl: e.SSO_JWKS_URL } : {}),
      ...(e.SSO_ISSUER_V1_BASE ? { issuerV1Base: e.SSO_ISSUER_V1_BASE.replace(/\/$/, "") } : {}),
      ...(e.SSO_ISSUER_V2_BASE ? { issuerV2Base: e.SSO_ISSUER_V2_BASE.replace(/\/$/, "") } : {}),
    },
    publicLimits: {
      ...(e.PUBLIC_RATE_PER_CLIENT ? { perClientPerMinute: e.PUBLIC_RATE_PER_CLIENT } : {}),
      ...(e.PUBLIC_RATE_PER_CODE ? { perCodePerMinute: e.PUBLIC_RATE_PER_CODE } : {}),
    },
    joinDevices: {
      ...(e.JOIN_DEVICES_PER_CLIENT_PER_MINUTE ? { perClientPerMinute: e.JOIN_DEVICES_PER_CLIENT_PER_MINUTE } : {}),
      ...(e.JOIN_DEVICES_PER_CLIENT ? { perClientTotal: e.JOIN_DEVICES_PER_CLIENT } : {}),
      ...(e.JOIN_DEVICES_PER_WORKSHOP ? { perWorkshopTotal: e.JOIN_DEVICES_PER_WORKSHOP } : {}),
    },
  };
}

/** What is safe to log: no secrets, no account keys. */
export function redactedConfig(c: AppConfig): Record<string, unknown> {
  return {
    env: c.env,
    host: c.host,
    port: c.port,
    localMode: c.localMode,
    publicHostname: c.publicHostname,
    bot: {
      appId: c.bot.appId || "(none: local mode)",
      appType: c.bot.appType,
      tenantId: c.bot.tenantId,
      password: c.bot.password ? "(set)" : "(unset)",
      allowedTenantIds: c.bot.allowedTenantIds,
      allowedServiceUrlHosts: c.bot.allowedServiceUrlHosts,
    },
    storage:
      c.storage.kind === "accountUrl"
        ? { kind: c.storage.kind, accountUrl: c.storage.accountUrl, tablePrefix: c.storage.tablePrefix }
        : {
            kind: c.storage.kind,
            endpoint: tableEndpointOf(c.storage.connectionString),
            tablePrefix: c.storage.tablePrefix,
          },
  };
}

function tableEndpointOf(connectionString: string): string {
  const m = /TableEndpoint=([^;]+)/i.exec(connectionString) ?? /AccountName=([^;]+)/i.exec(connectionString);
  return m?.[1] ?? "(connection string)";
}

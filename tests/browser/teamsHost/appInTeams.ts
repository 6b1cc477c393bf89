import { BotConnectorKeys } from "../../support/botConnectorKeys";
import { makeLocalCertificate } from "../../support/teamsHost/localCertificate";
import { LocalEntraIssuer, type SsoUser } from "../../support/teamsHost/localEntraIssuer";
import {
  IMPOSTOR_HOSTNAME,
  startTeamsHostServer,
  TEAMS_HOSTNAME,
  type TeamsHostServer,
} from "../../support/teamsHost/teamsHostServer";
import { TENANT_ID } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { requireBuiltTab } from "../support/requireBuiltTab";
import { launchTeamsChromium } from "./teamsChromium";
import { SimulatedTeams } from "./simulatedTeams";

/** The bot's Entra app, which is also the app the tab asks SSO tokens for (webApplicationInfo.id). */
export const ENTRA_APP_ID = "11111111-2222-4333-8444-555555555555";
/** The Teams app's manifest id, as deep links name it. */
export const TEAMS_APP_ID = "6d1c0a2e-7a53-4b8e-9f3c-0c1e2d3f4a5b";
/** The app's public host name (.test is reserved: it can only ever resolve in the test browser). */
export const PUBLIC_HOSTNAME = "vivre-ensemble.test";

export const CAMILLE: SsoUser = {
  oid: "00000000-0000-4000-8000-00000000ca01",
  name: "Camille Martin",
  upn: "camille.martin@service-public.example",
};

export interface AppInTeams {
  readonly server: TestServer;
  readonly teams: SimulatedTeams;
  readonly issuer: LocalEntraIssuer;
  /** Signs Bot Connector tokens, for activities posted to the app as Teams would. */
  readonly botKeys: BotConnectorKeys;
}

export interface AppInTeamsOptions {
  /**
   * « production » (default): bot app id, tenant, SSO against the local Entra; the API knows users by
   * their SSO token only. « local »: no app id (local mode, as a developer runs the app in Teams
   * through a tunnel), for tests that need the bot to answer: with an app id its replies would need
   * tokens from the real Entra. The host still hands out SSO tokens; the server then ignores them.
   */
  readonly mode?: "production" | "local";
  readonly env?: Record<string, string>;
}

/**
 * One test file's world: the real app configured as a deployment (public host name, Teams app id,
 * and in production mode bot app id, tenant and SSO pointing at a local Entra), the simulated Teams
 * host in front of it over HTTPS, and one Chromium that resolves both names to that host. Started
 * before the file's tests, stopped after them.
 */
export function appInTeams(options: AppInTeamsOptions = {}): AppInTeams {
  const production = (options.mode ?? "production") === "production";
  const env = {} as {
    server: TestServer;
    teams: SimulatedTeams;
    issuer: LocalEntraIssuer;
    botKeys: BotConnectorKeys;
    host: TeamsHostServer;
  };
  beforeAll(async () => {
    requireBuiltTab();
    env.issuer = new LocalEntraIssuer(TENANT_ID, ENTRA_APP_ID, PUBLIC_HOSTNAME);
    await env.issuer.start();
    env.botKeys = new BotConnectorKeys();
    await env.botKeys.start();
    const deployment = production
      ? {
          MicrosoftAppId: ENTRA_APP_ID,
          MicrosoftAppType: "SingleTenant",
          MicrosoftAppTenantId: TENANT_ID,
          MicrosoftAppPassword: "test-only-not-a-secret",
          BOT_OPENID_METADATA_URL: env.botKeys.metadataUrl,
          // The connector stand-in is plain http on loopback (tests/support/localConnector.ts).
          ALLOWED_SERVICE_URL_HOSTS: "127.0.0.1",
          ...env.issuer.appEnv,
        }
      : {};
    env.server = await startTestServer({
      env: { PUBLIC_HOSTNAME, TEAMS_APP_ID, ...deployment, ...options.env },
    });
    const certificate = makeLocalCertificate([TEAMS_HOSTNAME, PUBLIC_HOSTNAME, IMPOSTOR_HOSTNAME]);
    env.host = await startTeamsHostServer({ certificate, publicHostname: PUBLIC_HOSTNAME, appUrl: env.server.url });
    const browser = await launchTeamsChromium({
      hostPort: env.host.port,
      publicHostname: PUBLIC_HOSTNAME,
      spkiSha256: certificate.spkiSha256,
    });
    const issuer = env.issuer;
    env.teams = new SimulatedTeams(browser, {
      publicHostname: PUBLIC_HOSTNAME,
      teamsAppId: TEAMS_APP_ID,
      tenantId: TENANT_ID,
      token: (user, options) => issuer.token(user, options),
    });
  });
  afterAll(async () => {
    await env.teams?.browser.close();
    await env.host?.stop();
    await env.server?.stop();
    await env.botKeys?.stop();
    await env.issuer?.stop();
  });
  return env;
}

import { generateKeyPair } from "jose";
import { BotConnectorKeys } from "../../support/botConnectorKeys";
import { startTestServer, type TestServer } from "../../support/testServer";
import { botAddedToPersonal, installPersonal, user } from "../../support/teamsActivities";

/**
 * With an app id, botbuilder authenticates every request to /api/messages against the Bot
 * Connector's keys (served locally here). An unsigned, forged, expired or mis-addressed request
 * gets 401 and runs no handler: nothing is stored, nothing is sent. A good token goes through.
 */
describe("/api/messages with an app id (production-like)", () => {
  const appId = "11111111-2222-4333-8444-555555555555";
  const keys = new BotConnectorKeys();
  let server: TestServer;
  beforeAll(async () => {
    await keys.start();
    server = await startTestServer({
      env: {
        MicrosoftAppId: appId,
        MicrosoftAppType: "SingleTenant",
        MicrosoftAppTenantId: "72f988bf-0000-4000-8000-000000000001",
        MicrosoftAppPassword: "test-only-not-a-secret",
        BOT_OPENID_METADATA_URL: keys.metadataUrl,
        // The connector stand-in is plain http on loopback; the origin policy is tested on its own.
        ALLOWED_SERVICE_URL_HOSTS: "127.0.0.1",
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    await keys.stop();
  });

  async function post(activity: object, authorization?: string): Promise<number> {
    const res = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify(activity),
    });
    return res.status;
  }

  it("refuses unsigned, forged, expired and mis-addressed requests with 401, running no handler", async () => {
    const camille = user(1, "Camille Martin");
    const serviceUrl = server.connector.url;
    const install = installPersonal({ serviceUrl, from: camille, locale: "fr-FR" });
    const { privateKey: stranger } = await generateKeyPair("RS256");
    const bad = [
      undefined,
      "Bearer not.a.jwt",
      "Basic dXNlcjpwYXNz",
      `Bearer ${await keys.token({ aud: appId, serviceurl: serviceUrl }, { key: stranger })}`,
      `Bearer ${await keys.token({ aud: appId, serviceurl: serviceUrl }, { key: stranger, kid: "unknown-kid" })}`,
      `Bearer ${await keys.token({ aud: appId, serviceurl: serviceUrl }, { expiresInSeconds: -3600 })}`,
      `Bearer ${await keys.token({ aud: "another-bot", serviceurl: serviceUrl })}`,
      `Bearer ${await keys.token({ aud: appId, serviceurl: serviceUrl, iss: "https://evil.example" })}`,
      `Bearer ${await keys.token({ aud: appId, serviceurl: "https://smba.trafficmanager.net/emea/" })}`,
    ];
    for (const authorization of bad) {
      expect({ authorization, status: await post(install, authorization) }).toEqual({ authorization, status: 401 });
    }
    expect(server.connector.activities).toHaveLength(0);
    expect(await server.app.repos.conversations.get(install.conversation.id)).toBeUndefined();
  });

  it("accepts a correctly signed token: the handler runs (the conversation is stored)", async () => {
    const julien = user(2, "Julien Roth");
    const added = botAddedToPersonal({ serviceUrl: server.connector.url, from: julien, locale: "fr-FR" });
    const token = await keys.token({ aud: appId, serviceurl: server.connector.url });
    expect(await post(added, `Bearer ${token}`)).not.toBe(401);
    expect((await server.app.repos.conversations.get(added.conversation.id))?.userAadObjectId).toBe(julien.aadObjectId);
  });

  it("refuses a correctly signed activity from another tenant with 403: no handler runs", async () => {
    const outsider = user(3, "Someone Else");
    const added = botAddedToPersonal({ serviceUrl: server.connector.url, from: outsider, locale: "fr-FR" });
    const foreign = {
      ...added,
      channelData: { tenant: { id: "99999999-0000-4000-8000-000000000999" } },
      conversation: { ...added.conversation, tenantId: "99999999-0000-4000-8000-000000000999" },
    };
    const token = await keys.token({ aud: appId, serviceurl: server.connector.url });
    expect(await post(foreign, `Bearer ${token}`)).toBe(403);
    expect(await server.app.repos.conversations.get(added.conversation.id)).toBeUndefined();
    expect(server.logs.some((l) => l.msg === "activity refused by origin policy" && l.reason === "tenant")).toBe(true);
  });

  it("refuses the tab API without a token (no local identity once an app id is set)", async () => {
    const res = await fetch(`${server.url}/api/campaigns`, { headers: { "Accept-Language": "fr" } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });
});

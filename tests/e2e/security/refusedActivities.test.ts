import { BotConnectorKeys } from "../../support/botConnectorKeys";
import { startTestServer, type TestServer } from "../../support/testServer";
import { botAddedToPersonal, personalMessage, user } from "../../support/teamsActivities";
import { cardInvoke } from "../../support/workshopActivities";

/**
 * With an app id (production-like), the order at /api/messages: no token at all is a 401 whatever
 * the body; a malformed body is a 400 that names nothing; a well-formed one always has its token
 * checked by botbuilder (401, in our error shape, not botbuilder's text); an authenticated activity
 * from another tenant or connector host is a 403 — an invoke too, not botbuilder's empty 501.
 */
describe("/api/messages in production: authentication first, then the origin policy, answered 4xx", () => {
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
        ALLOWED_TENANT_IDS: "72f988bf-0000-4000-8000-000000000001",
        ALLOWED_SERVICE_URL_HOSTS: "127.0.0.1",
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    await keys.stop();
  });

  const camille = user(1, "Camille Martin");
  const FOREIGN = "99999999-0000-4000-8000-000000000999";
  const foreign = <T extends { conversation: object }>(a: T) => ({
    ...a,
    channelData: { tenant: { id: FOREIGN } },
    conversation: { ...a.conversation, tenantId: FOREIGN },
  });

  async function post(body: string, authorization?: string) {
    const res = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Accept-Language": "en",
        ...(authorization ? { Authorization: authorization } : {}),
      },
      body,
    });
    const text = await res.text();
    return {
      status: res.status,
      text,
      code: text ? ((JSON.parse(text) as { error?: { code?: string } }).error?.code ?? "") : "",
    };
  }
  const bearer = async (serviceUrl = server.connector.url) =>
    `Bearer ${await keys.token({ aud: appId, serviceurl: serviceUrl })}`;

  it("answers 401 to a request without a token, before looking at its body", async () => {
    for (const body of [
      "{}",
      "[]",
      JSON.stringify({ type: "message" }),
      JSON.stringify(personalMessage({ serviceUrl: server.connector.url, from: camille, text: "aide" })),
    ]) {
      expect({ body, ...(await post(body)) }).toMatchObject({ body, status: 401, code: "unauthorized" });
    }
  });

  it("answers 400 naming no field to a malformed body, even with a forged token", async () => {
    const answer = await post(JSON.stringify({ type: "message", text: "aide" }), "Bearer not.a.jwt");
    expect(answer).toMatchObject({ status: 400, code: "badActivity" });
    expect(answer.text).not.toMatch(/from|conversation|serviceUrl|recipient|channelId/);
  });

  it("still checks the token of every well-formed request: a forged one is a 401 in our shape", async () => {
    const message = personalMessage({ serviceUrl: server.connector.url, from: camille, text: "aide" });
    const answer = await post(JSON.stringify(message), "Bearer not.a.jwt");
    expect(answer).toMatchObject({ status: 401, code: "unauthorized" });
    expect(answer.text).not.toMatch(/Unauthorized\.|JsonWebTokenError|botbuilder/);
    expect(server.connector.activities).toHaveLength(0);
  });

  it("answers 403 to an authenticated message or card action from another tenant, running no handler", async () => {
    const message = foreign(personalMessage({ serviceUrl: server.connector.url, from: camille, text: "aide" }));
    expect(await post(JSON.stringify(message), await bearer())).toMatchObject({ status: 403, code: "forbidden" });
    const invoke = foreign(
      cardInvoke({ serviceUrl: server.connector.url, from: camille, verb: "workshop.refresh", data: {} }),
    );
    expect(await post(JSON.stringify(invoke), await bearer())).toMatchObject({ status: 403, code: "forbidden" });
    expect(server.connector.activities).toHaveLength(0);
    expect(
      server.logs.filter((l) => l.msg === "activity refused by origin policy" && l.reason === "tenant"),
    ).toHaveLength(2);
  });

  it("answers 403 to an authenticated activity whose connector host is not on the allow-list", async () => {
    const elsewhere = "https://smba.example.org/emea/";
    const invoke = cardInvoke({ serviceUrl: elsewhere, from: camille, verb: "workshop.refresh", data: {} });
    expect(await post(JSON.stringify(invoke), await bearer(elsewhere))).toMatchObject({
      status: 403,
      code: "forbidden",
    });
    expect(server.logs.some((l) => l.msg === "activity refused by origin policy" && l.reason === "serviceUrl")).toBe(
      true,
    );
  });

  it("lets an authenticated activity of our tenant through: the handler runs (the conversation is stored)", async () => {
    const added = botAddedToPersonal({ serviceUrl: server.connector.url, from: camille, locale: "fr-FR" });
    expect((await post(JSON.stringify(added), await bearer())).status).not.toBeGreaterThanOrEqual(400);
    expect((await server.app.repos.conversations.get(added.conversation.id))?.userAadObjectId).toBe(
      camille.aadObjectId,
    );
  });
});

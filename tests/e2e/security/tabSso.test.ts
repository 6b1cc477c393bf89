import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { startTestServer, type TestServer } from "../../support/testServer";

/**
 * The real app configured as in production for the tab's single sign-on (SSO_* variables), with
 * Entra's signing keys served locally: a Teams SSO token opens the API, others get 401, and the
 * token never reaches the logs.
 */
const TENANT = "72f988bf-0000-4000-8000-000000000001";
const APP_ID = "11111111-2222-4333-8444-555555555555";
const HOST = "vivre-ensemble.example.fr";

describe("tab API behind Teams SSO, as configured by environment", () => {
  let keysServer: Server;
  let base: string;
  let key: KeyLike;
  let server: TestServer;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    key = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", use: "sig", alg: "RS256" };
    keysServer = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => keysServer.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(keysServer.address() as AddressInfo).port}`;
    server = await startTestServer({
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppType: "SingleTenant",
        MicrosoftAppTenantId: TENANT,
        MicrosoftAppPassword: "test-only-not-a-secret",
        PUBLIC_HOSTNAME: HOST,
        SSO_JWKS_URL: `${base}/keys`,
        SSO_ISSUER_V2_BASE: base,
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    keysServer.closeAllConnections();
    await new Promise((r) => keysServer.close(r));
  });

  const sign = (claims: Record<string, unknown> = {}) =>
    new SignJWT({
      tid: TENANT,
      oid: "aad-camille",
      name: "Camille Martin",
      scp: "access_as_user",
      ver: "2.0",
      ...claims,
    })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer((claims.iss as string | undefined) ?? `${base}/${TENANT}/v2.0`)
      .setAudience(`api://${HOST}/${APP_ID}`)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(key);

  it("opens the API to a valid Teams SSO token and names the caller", async () => {
    const token = await sign();
    const me = await fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ mode: "teams", user: { id: "aad-camille", name: "Camille Martin" } });
    expect((await fetch(`${server.url}/api/campaigns`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(
      200,
    );
    expect(JSON.stringify(server.logs)).not.toContain(token.split(".")[2]!);
  });

  it("refuses a missing token, another tenant and a token without access_as_user, with a localised reason", async () => {
    const cases = [
      undefined,
      await sign({
        tid: "72f988bf-0000-4000-8000-0000000000ff",
        iss: `${base}/72f988bf-0000-4000-8000-0000000000ff/v2.0`,
      }),
      await sign({ scp: "User.Read" }),
    ];
    for (const token of cases) {
      const res = await fetch(`${server.url}/api/campaigns`, {
        headers: { "Accept-Language": "fr", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("unauthorized");
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });
});

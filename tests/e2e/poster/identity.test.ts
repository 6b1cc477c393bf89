import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from "jose";
import restify, { type Request, type Response, type Server } from "restify";
import { loadConfig } from "../../../bot/src/config/config";
import { authErrorBody, createAuthenticator, type Authenticator } from "../../../bot/src/transport/http/identity";

const TENANT = "72f988bf-0000-4000-8000-000000000001";
const OTHER_TENANT = "72f988bf-0000-4000-8000-0000000000ff";
const APP_ID = "11111111-2222-4333-8444-555555555555";
const HOST = "vivre-ensemble.example.fr";
const OID = "00000000-0000-4000-8000-00000000a001";

let jwks: HttpServer;
let api: Server;
let apiUrl: string;
let goodKey: KeyLike;
let strangerKey: KeyLike;
let base: string;
let authenticate: Authenticator;

function listen(server: HttpServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  const good = await generateKeyPair("RS256");
  const stranger = await generateKeyPair("RS256");
  goodKey = good.privateKey;
  strangerKey = stranger.privateKey;
  const jwk = { ...(await exportJWK(good.publicKey)), kid: "key-1", alg: "RS256", use: "sig" };
  jwks = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  base = `http://127.0.0.1:${await listen(jwks)}`;
  const config = loadConfig({
    NODE_ENV: "test",
    MicrosoftAppId: APP_ID,
    MicrosoftAppTenantId: TENANT,
    PUBLIC_HOSTNAME: HOST,
  });
  authenticate = createAuthenticator(config, {
    jwksUrl: `${base}/common/discovery/v2.0/keys`,
    issuerV1Base: `${base}/sts`,
    issuerV2Base: base,
  });
  // The same wiring as the API: refused callers get 401 with a localised message.
  api = restify.createServer();
  api.get("/api/whoami", async (req: Request, res: Response) => {
    const who = await authenticate(req);
    if (who.ok) res.send(200, who.identity);
    else res.send(401, authErrorBody(req, who.reason));
  });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", () => resolve()));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

afterAll(async () => {
  // Keep-alive sockets from fetch would hold close() open.
  jwks.closeAllConnections();
  api.server.closeAllConnections();
  await new Promise((r) => jwks.close(r));
  await new Promise<void>((r) => api.close(() => r()));
});

interface TokenOptions {
  readonly claims?: JWTPayload;
  readonly key?: KeyLike;
  readonly kid?: string;
  readonly expiresIn?: string | number;
  readonly issuedAt?: number;
}

async function token(options: TokenOptions = {}): Promise<string> {
  const claims: JWTPayload = {
    iss: `${base}/${TENANT}/v2.0`,
    aud: `api://${HOST}/${APP_ID}`,
    tid: TENANT,
    oid: OID,
    name: "Camille Martin",
    scp: "access_as_user",
    ver: "2.0",
    ...options.claims,
  };
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "key-1", typ: "JWT" })
    .setIssuedAt(options.issuedAt)
    .setExpirationTime(options.expiresIn ?? "1h");
  return jwt.sign(options.key ?? goodKey);
}

async function call(authorization?: string, locale = "fr-FR") {
  const headers: Record<string, string> = { "accept-language": locale };
  if (authorization !== undefined) headers.authorization = authorization;
  const res = await fetch(`${apiUrl}/api/whoami`, { headers });
  return {
    status: res.status,
    body: (await res.json()) as {
      id?: string;
      name?: string;
      tenantId?: string;
      error?: { code: string; message: string; params?: { reason: string } };
    },
  };
}

describe("Teams SSO token validation (local JWKS endpoint, locally generated keys)", () => {
  it("accepts a good v2 token and identifies the caller by object id and tenant", async () => {
    const res = await call(`Bearer ${await token()}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: OID, name: "Camille Martin", tenantId: TENANT });
  });

  it("accepts the v1 issuer form and the bare client id as audience", async () => {
    const res = await call(
      `Bearer ${await token({ claims: { iss: `${base}/sts/${TENANT}/`, aud: APP_ID, ver: "1.0" } })}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(OID);
  });

  it("accepts access_as_user among several scopes", async () => {
    expect((await call(`Bearer ${await token({ claims: { scp: "User.Read access_as_user" } })}`)).status).toBe(200);
  });

  const cases: [string, () => Promise<string | undefined>, string, string][] = [
    ["missing header", async () => undefined, "missingToken", "Connexion requise"],
    ["not a bearer token", async () => "Basic abc", "missingToken", "Connexion requise"],
    ["garbage token", async () => "Bearer not.a.jwt", "malformedToken", "illisible"],
    [
      "bad signature (a key Entra never published)",
      async () => `Bearer ${await token({ key: strangerKey })}`,
      "badSignature",
      "signé",
    ],
    [
      "unknown key id",
      async () => `Bearer ${await token({ key: strangerKey, kid: "key-2" })}`,
      "badSignature",
      "signé",
    ],
    [
      "wrong issuer (another authority)",
      async () => `Bearer ${await token({ claims: { iss: `https://evil.example/${TENANT}/v2.0` } })}`,
      "wrongIssuer",
      "ne vient pas",
    ],
    [
      "issuer of another tenant than tid",
      async () => `Bearer ${await token({ claims: { iss: `${base}/${OTHER_TENANT}/v2.0` } })}`,
      "wrongIssuer",
      "ne vient pas",
    ],
    [
      "wrong audience",
      async () =>
        `Bearer ${await token({ claims: { aud: "api://other.example/22222222-0000-4000-8000-000000000000" } })}`,
      "wrongAudience",
      "destiné",
    ],
    [
      "expired",
      async () =>
        `Bearer ${await token({ issuedAt: Math.floor(Date.now() / 1000) - 7200, expiresIn: Math.floor(Date.now() / 1000) - 3600 })}`,
      "expired",
      "expiré",
    ],
    [
      "missing scp",
      async () => `Bearer ${await token({ claims: { scp: undefined } })}`,
      "missingScope",
      "access_as_user",
    ],
    [
      "scp without access_as_user",
      async () => `Bearer ${await token({ claims: { scp: "User.Read" } })}`,
      "missingScope",
      "access_as_user",
    ],
    [
      "tenant not allowed",
      async () => `Bearer ${await token({ claims: { tid: OTHER_TENANT, iss: `${base}/${OTHER_TENANT}/v2.0` } })}`,
      "tenantNotAllowed",
      "organisation",
    ],
    [
      "no object id",
      async () => `Bearer ${await token({ claims: { oid: undefined } })}`,
      "missingClaims",
      "qui vous êtes",
    ],
  ];

  it.each(cases)("refuses %s with 401 and a clear French message", async (_label, make, reason, words) => {
    const res = await call(await make());
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe("unauthorized");
    expect(res.body.error?.params?.reason).toBe(reason);
    expect(res.body.error?.message).toContain(words);
  });

  it("answers in English when the caller reads English", async () => {
    const res = await call(undefined, "en-GB");
    expect(res.status).toBe(401);
    expect(res.body.error?.message).toBe(
      "Sign-in required: open this page from Teams so that your identity is passed on.",
    );
  });

  it("keeps local mode: no app id gives the local identity without any token", async () => {
    const local = createAuthenticator(loadConfig({ NODE_ENV: "test" }));
    const who = await local({ headers: { "accept-language": "fr" } } as unknown as Request);
    expect(who).toEqual({ ok: true, mode: "local", identity: { id: "local-user", name: "Utilisateur local" } });
  });
});

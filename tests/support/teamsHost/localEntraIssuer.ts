import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { REQUIRED_SCOPE } from "../../../bot/src/transport/http/identity";

/** Who the token names, as Entra puts it in a Teams SSO token. */
export interface SsoUser {
  readonly oid: string;
  readonly name: string;
  readonly upn: string;
}

/** Teams' own client id: Entra names it as the token's authorized party (azp) for Teams SSO tokens. */
const TEAMS_WEB_CLIENT_ID = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";

/**
 * Plays Entra ID for the tab's single sign-on: an RS256 key pair made for the run, its public key
 * served as a JWKS on 127.0.0.1, and tokens shaped as Entra issues them to Teams for the app
 * (v2.0 issuer with the tenant, audience api://host/app-id, scope access_as_user, tid, oid, name).
 * The app validates them with its real code, configured by SSO_JWKS_URL and the issuer bases.
 */
export class LocalEntraIssuer {
  private server?: Server;
  private privateKey?: KeyLike;
  private readonly kid = "teams-host-key-1";

  constructor(
    readonly tenantId: string,
    /** The Entra app the tab asks tokens for (webApplicationInfo.id). */
    readonly appId: string,
    /** The app's public host name: Teams asks for api://<host>/<app id>. */
    readonly publicHostname: string,
  ) {}

  get baseUrl(): string {
    if (!this.server) throw new Error("LocalEntraIssuer.start() first");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The variables a deployment sets for SSO, pointing at this issuer. */
  get appEnv(): Record<string, string> {
    return {
      SSO_APP_ID: this.appId,
      SSO_JWKS_URL: `${this.baseUrl}/discovery/v2.0/keys`,
      SSO_ISSUER_V1_BASE: `${this.baseUrl}/sts`,
      SSO_ISSUER_V2_BASE: this.baseUrl,
    };
  }

  async start(): Promise<void> {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    this.privateKey = privateKey;
    const jwks = JSON.stringify({
      keys: [{ ...(await exportJWK(publicKey)), kid: this.kid, use: "sig", alg: "RS256" }],
    });
    this.server = createServer((req, res) => {
      if (req.url !== "/discovery/v2.0/keys") {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(jwks);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A v2.0 token for `user`; `expired` makes one that ended an hour ago (well past the app's clock tolerance). */
  async token(user: SsoUser, options: { expired?: boolean } = {}): Promise<string> {
    if (!this.privateKey) throw new Error("LocalEntraIssuer.start() first");
    const now = Math.floor(Date.now() / 1000);
    const issuedAt = options.expired ? now - 2 * 3600 : now - 60;
    return new SignJWT({
      tid: this.tenantId,
      oid: user.oid,
      name: user.name,
      preferred_username: user.upn,
      scp: REQUIRED_SCOPE,
      azp: TEAMS_WEB_CLIENT_ID,
      ver: "2.0",
    })
      .setProtectedHeader({ alg: "RS256", kid: this.kid, typ: "JWT" })
      .setIssuer(`${this.baseUrl}/${this.tenantId}/v2.0`)
      .setAudience(`api://${this.publicHostname}/${this.appId}`)
      .setSubject(`sub-${user.oid}`)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + 3600)
      .sign(this.privateKey);
  }
}

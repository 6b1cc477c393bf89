import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";

/**
 * Plays the Bot Connector's OpenID metadata and signing keys on 127.0.0.1, so tests can send
 * activities with tokens botbuilder really validates: good ones, and forged, expired or mis-addressed ones.
 */
export class BotConnectorKeys {
  private server?: Server;
  private privateKey?: KeyLike;
  readonly kid = "test-key-1";

  get metadataUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<void> {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    this.privateKey = privateKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: this.kid, use: "sig", endorsements: ["msteams"] };
    this.server = createServer((req, res) => {
      const base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
      const body = req.url?.endsWith("openidconfiguration")
        ? {
            issuer: "https://api.botframework.com",
            jwks_uri: `${base}/v1/.well-known/keys`,
            id_token_signing_alg_values_supported: ["RS256"],
          }
        : { keys: [jwk] };
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A token as the Bot Connector signs it; override claims to make it wrong in one way. */
  async token(
    claims: { aud: string; serviceurl: string; [k: string]: unknown },
    options: { expiresInSeconds?: number; key?: KeyLike; kid?: string } = {},
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: "RS256", kid: options.kid ?? this.kid })
      .setIssuer((claims.iss as string | undefined) ?? "https://api.botframework.com")
      .setAudience(claims.aud)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (options.expiresInSeconds ?? 600))
      .sign(options.key ?? this.privateKey!);
  }
}

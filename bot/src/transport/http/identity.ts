import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import type { Request } from "restify";
import type { AppConfig } from "../../config/config";
import type { MessageKey } from "../../i18n/fr";
import { localeFromAcceptLanguage, type Locale } from "../../i18n/locale";
import { errorBody, type ErrorBody } from "./errorBody";

export interface Identity {
  readonly id: string;
  readonly name: string;
  readonly tenantId?: string;
}

/** Why a caller was refused; each reason has a localised message (see authErrorBody). */
export const AUTH_FAILURES = [
  "missingToken",
  "malformedToken",
  "badSignature",
  "wrongIssuer",
  "wrongAudience",
  "expired",
  "missingScope",
  "tenantNotAllowed",
  "missingClaims",
  "keysUnavailable",
  "ssoNotConfigured",
] as const;
export type AuthFailure = (typeof AUTH_FAILURES)[number];

export type IdentityResult =
  | { readonly ok: true; readonly identity: Identity; readonly mode: "local" | "teams" }
  | { readonly ok: false; readonly reason: AuthFailure };

export type Authenticator = (req: Request) => Promise<IdentityResult>;

/**
 * Teams SSO validation settings. Defaults fit Microsoft Entra's public cloud; tests point
 * `jwksUrl` and the issuer bases at a local endpoint with locally generated keys.
 */
export interface AuthenticatorOptions {
  /** Client id of the Entra app the tab asks a token for (webApplicationInfo.id); defaults to the bot's app id. */
  readonly ssoAppId?: string;
  readonly jwksUrl?: string;
  /** v1 tokens: `${issuerV1Base}/${tid}/`. */
  readonly issuerV1Base?: string;
  /** v2 tokens: `${issuerV2Base}/${tid}/v2.0`. */
  readonly issuerV2Base?: string;
  /** Accepted `aud` values; defaults to `api://${PUBLIC_HOSTNAME}/${ssoAppId}` and the bare client id. */
  readonly audiences?: readonly string[];
  /** Defaults to config.bot.allowedTenantIds. An empty list admits nobody. */
  readonly allowedTenantIds?: readonly string[];
  /** Seconds of clock skew tolerated on exp/nbf. */
  readonly clockToleranceSeconds?: number;
}

export const DEFAULT_JWKS_URL = "https://login.microsoftonline.com/common/discovery/v2.0/keys";
export const DEFAULT_ISSUER_V1_BASE = "https://sts.windows.net";
export const DEFAULT_ISSUER_V2_BASE = "https://login.microsoftonline.com";
export const REQUIRED_SCOPE = "access_as_user";

const LOCAL_NAME: Record<Locale, string> = { fr: "Utilisateur local", en: "Local user" };

/**
 * Local mode only (no app id, loopback only): people to act as, so one person can try every role
 * on one machine. The tab's identity switch sets the cookie; without it, the caller is « local-user ».
 */
export const LOCAL_PERSONAS: readonly { readonly id: string; readonly name: Record<Locale, string> }[] = [
  { id: "local-user", name: LOCAL_NAME },
  { id: "local-manager", name: { fr: "Responsable du service (local)", en: "Service manager (local)" } },
  { id: "local-agent", name: { fr: "Agent du service (local)", en: "Service agent (local)" } },
  { id: "local-reader", name: { fr: "Lecteur (local)", en: "Reader (local)" } },
];
export const LOCAL_IDENTITY_COOKIE = "ve-local-user";
const LOCAL_ID = /^[A-Za-z0-9._:-]{1,100}$/;

function localIdentity(req: Request, locale: Locale): Identity {
  const cookies = typeof req.headers.cookie === "string" ? req.headers.cookie.split(";") : [];
  const raw = cookies.map((c) => c.trim().split("=")).find(([k]) => k === LOCAL_IDENTITY_COOKIE)?.[1];
  let id = "local-user";
  try {
    const decoded = raw ? decodeURIComponent(raw) : "";
    if (LOCAL_ID.test(decoded)) id = decoded;
  } catch {
    // A cookie that is not URI-encoded is someone else's: act as the default local user.
  }
  const persona = LOCAL_PERSONAS.find((p) => p.id === id);
  return { id, name: persona ? persona.name[locale] : id };
}

const FAILURE_KEYS: Record<AuthFailure, MessageKey> = {
  missingToken: "poster.auth.missingToken",
  malformedToken: "poster.auth.malformedToken",
  badSignature: "poster.auth.badSignature",
  wrongIssuer: "poster.auth.wrongIssuer",
  wrongAudience: "poster.auth.wrongAudience",
  expired: "poster.auth.expired",
  missingScope: "poster.auth.missingScope",
  tenantNotAllowed: "poster.auth.tenantNotAllowed",
  missingClaims: "poster.auth.missingClaims",
  keysUnavailable: "poster.auth.keysUnavailable",
  ssoNotConfigured: "poster.auth.ssoNotConfigured",
};

/** The 401 body for a refused caller, with a message saying what to do. */
export function authErrorBody(req: Request, reason: AuthFailure): ErrorBody {
  return errorBody(req, "unauthorized", FAILURE_KEYS[reason], { reason });
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== "string") return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m?.[1];
}

function scopesOf(payload: JWTPayload): string[] {
  return typeof payload.scp === "string" ? payload.scp.split(" ").filter((s) => s.length > 0) : [];
}

/**
 * Who is calling the tab's API. Local mode (no app id, loopback only) uses a fixed local identity.
 * Otherwise only a Teams SSO token validated against Entra's signing keys identifies a caller.
 */
export function createAuthenticator(config: AppConfig, options: AuthenticatorOptions = {}): Authenticator {
  if (config.localMode) {
    return async (req) => {
      const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
      return { ok: true, mode: "local", identity: localIdentity(req, locale) };
    };
  }
  const ssoAppId = options.ssoAppId ?? config.bot.appId;
  if (!ssoAppId) return async () => ({ ok: false, reason: "ssoNotConfigured" });
  const audiences = options.audiences ?? [
    ssoAppId,
    ...(config.publicHostname ? [`api://${config.publicHostname}/${ssoAppId}`] : []),
  ];
  const v1 = trimSlash(options.issuerV1Base ?? DEFAULT_ISSUER_V1_BASE);
  const v2 = trimSlash(options.issuerV2Base ?? DEFAULT_ISSUER_V2_BASE);
  const allowedTenants = new Set(options.allowedTenantIds ?? config.bot.allowedTenantIds);
  // jose caches the key set and refetches it when a token names an unknown key id (key rollover).
  const keys = createRemoteJWKSet(new URL(options.jwksUrl ?? DEFAULT_JWKS_URL));
  const clockTolerance = options.clockToleranceSeconds ?? 60;

  return async (req) => {
    const token = bearerToken(req);
    if (!token) return { ok: false, reason: "missingToken" };
    try {
      decodeProtectedHeader(token);
    } catch {
      return { ok: false, reason: "malformedToken" };
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, { audience: [...audiences], clockTolerance, algorithms: ["RS256"] }));
    } catch (error) {
      return { ok: false, reason: failureOf(error) };
    }
    const tid = typeof payload.tid === "string" ? payload.tid : undefined;
    const oid = typeof payload.oid === "string" ? payload.oid : undefined;
    if (!tid || !oid) return { ok: false, reason: "missingClaims" };
    // The issuer embeds the tenant; both token versions are accepted because the app registration decides which one Entra issues.
    if (payload.iss !== `${v1}/${tid}/` && payload.iss !== `${v2}/${tid}/v2.0`)
      return { ok: false, reason: "wrongIssuer" };
    if (!scopesOf(payload).includes(REQUIRED_SCOPE)) return { ok: false, reason: "missingScope" };
    if (!allowedTenants.has(tid)) return { ok: false, reason: "tenantNotAllowed" };
    const name =
      typeof payload.name === "string"
        ? payload.name
        : typeof payload.preferred_username === "string"
          ? payload.preferred_username
          : oid;
    return { ok: true, mode: "teams", identity: { id: oid, name, tenantId: tid } };
  };
}

function failureOf(error: unknown): AuthFailure {
  if (error instanceof joseErrors.JWTExpired) return "expired";
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JWKSNoMatchingKey)
    return "badSignature";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === "aud") return "wrongAudience";
    if (error.claim === "nbf") return "expired";
    return "missingClaims";
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "badSignature";
  // A timeout or a network failure while fetching Entra's keys is not the caller's fault.
  if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) return "keysUnavailable";
  return "malformedToken";
}

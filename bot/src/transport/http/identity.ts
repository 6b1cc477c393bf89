import type { Request } from "restify";
import type { AppConfig } from "../../config/config";
import { localeFromAcceptLanguage, type Locale } from "../../i18n/locale";

export interface Identity {
  readonly id: string;
  readonly name: string;
  readonly tenantId?: string;
}

export type IdentityResult =
  | { readonly ok: true; readonly identity: Identity; readonly mode: "local" | "teams" }
  | { readonly ok: false; readonly reason: string };

export type Authenticator = (req: Request) => Promise<IdentityResult>;

const LOCAL_NAME: Record<Locale, string> = { fr: "Utilisateur local", en: "Local user" };

/**
 * Who is calling the tab's API. Local mode (no app id, loopback only) uses a fixed local identity.
 * With an app id, only a validated Teams SSO token identifies a caller; token validation is not
 * built yet, so every such call is refused rather than trusted.
 */
export function createAuthenticator(config: AppConfig): Authenticator {
  return async (req) => {
    if (config.localMode) {
      const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
      return { ok: true, mode: "local", identity: { id: "local-user", name: LOCAL_NAME[locale] } };
    }
    return { ok: false, reason: "sso-not-configured" };
  };
}

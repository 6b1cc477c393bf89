import type { Request } from "restify";
import type { Locale } from "../../i18n/locale";

export interface Identity {
  readonly id: string;
  readonly name: string;
  readonly tenantId?: string;
}

export type IdentityResult = { readonly ok: true; readonly identity: Identity; readonly mode: "local" | "teams" } | { readonly ok: false };

const LOCAL_NAME: Record<Locale, string> = { fr: "Utilisateur local", en: "Local user" };

/**
 * Who is calling the tab's API. Local mode (no app id, loopback only) uses a fixed local identity.
 * With an app id, only a validated Teams SSO token identifies a caller; token validation is not
 * built yet, so every such call is refused with 401 rather than trusted.
 */
export function resolveIdentity(_req: Request, localMode: boolean, locale: Locale): IdentityResult {
  if (localMode) return { ok: true, mode: "local", identity: { id: "local-user", name: LOCAL_NAME[locale] } };
  return { ok: false };
}

import { PUBLIC_PAGES } from "../../../bot/src/contracts/publicPages";

/** Every page of the tab, as a discriminated union so a page cannot be forgotten in a switch. */
export type Route =
  | { readonly page: "home" }
  | { readonly page: "setup"; readonly campaignId?: string }
  | { readonly page: "config" }
  | { readonly page: "poster"; readonly campaignId: string }
  | { readonly page: "roadmap"; readonly campaignId: string }
  | { readonly page: "console"; readonly campaignId: string }
  | { readonly page: "stage"; readonly campaignId: string }
  | { readonly page: "recruitment"; readonly campaignId: string }
  | { readonly page: "settings"; readonly campaignId: string }
  | { readonly page: "campaign"; readonly campaignId: string }
  | { readonly page: "people"; readonly campaignId: string }
  | { readonly page: "join"; readonly code: string }
  | { readonly page: "confirm"; readonly token: string }
  | { readonly page: "follow"; readonly token: string }
  | { readonly page: "dashboard" }
  | { readonly page: "accessibility" }
  | { readonly page: "notFound" };

const campaignPages = [
  "poster",
  "roadmap",
  "console",
  "stage",
  "recruitment",
  "settings",
  "campaign",
  "people",
] as const;
type CampaignPage = (typeof campaignPages)[number];

function isCampaignPage(value: string): value is CampaignPage {
  return (campaignPages as readonly string[]).includes(value);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function matchRoute(pathname: string): Route {
  const segments = pathname.split("/").filter((s) => s.length > 0);
  const [first, second, ...rest] = segments;
  if (first === undefined) return { page: "home" };
  if (second === undefined) {
    if (first === "config") return { page: "config" };
    if (first === "dashboard") return { page: "dashboard" };
    if (first === "accessibility") return { page: "accessibility" };
    if (first === "setup") return { page: "setup" };
    return { page: "notFound" };
  }
  const value = decode(second);
  if (rest.length > 0 || value === undefined) return { page: "notFound" };
  if (isCampaignPage(first)) return { page: first, campaignId: value };
  if (first === "setup") return { page: "setup", campaignId: value };
  if (first === "join") return { page: "join", code: value };
  if (first === "confirm") return { page: "confirm", token: value };
  if (first === "follow") return { page: "follow", token: value };
  return { page: "notFound" };
}

/**
 * The page a Teams deep link asks for (its `subEntityId`, see bot/src/services/tabLink.ts), when it
 * is one of ours: an in-app path with an optional query, never another origin.
 */
export function startPathFrom(subPageId: string | undefined): string | undefined {
  if (!subPageId || !subPageId.startsWith("/") || subPageId.startsWith("//")) return undefined;
  const url = new URL(subPageId, "https://tab.invalid");
  if (url.origin !== "https://tab.invalid" || matchRoute(url.pathname).page === "notFound") return undefined;
  return `${url.pathname}${url.search}`;
}

/**
 * Pages for usagers, who have no account and often open them on a phone: no staff navigation, no
 * session, nothing that would call the authenticated API.
 */
export function isPublicRoute(route: Route): boolean {
  return (PUBLIC_PAGES as readonly string[]).includes(route.page);
}

export const paths = {
  home: () => "/",
  config: () => "/config",
  dashboard: () => "/dashboard",
  accessibility: () => "/accessibility",
  /** The set-up form: a new campaign, or the given one to edit. */
  setup: (campaignId?: string) => (campaignId === undefined ? "/setup" : `/setup/${encodeURIComponent(campaignId)}`),
  campaignPage: (page: CampaignPage, campaignId: string) => `/${page}/${encodeURIComponent(campaignId)}`,
  join: (code: string) => `/join/${encodeURIComponent(code)}`,
  confirm: (token: string) => `/confirm/${encodeURIComponent(token)}`,
  follow: (token: string) => `/follow/${encodeURIComponent(token)}`,
};

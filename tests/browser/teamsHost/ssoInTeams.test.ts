import type { Request, Response } from "playwright-core";
import { eventually } from "../../support/eventually";
import { IMPOSTOR_HOSTNAME } from "../../support/teamsHost/teamsHostServer";
import { appInTeams, CAMILLE, PUBLIC_HOSTNAME } from "./appInTeams";

/**
 * The tab inside the simulated Teams, against the app configured as deployed: the SSO token Teams
 * hands out is what identifies the user to the API (validated by the app's own code against the
 * local Entra's keys), and a token the API finds expired is renewed once.
 */
jest.setTimeout(60_000);
const env = appInTeams();

interface ApiExchange {
  readonly path: string;
  readonly status: number;
  readonly bearer: string | undefined;
  readonly reason?: unknown;
}

/** The tab's calls to its API, as the browser made them (the frame's requests show on the page). */
function recordApi(page: { on(event: "response", listener: (r: Response) => void): void }): ApiExchange[] {
  const exchanges: ApiExchange[] = [];
  page.on("response", (response: Response) => {
    const request: Request = response.request();
    const url = new URL(request.url());
    if (url.hostname !== PUBLIC_HOSTNAME || !url.pathname.startsWith("/api/")) return;
    const bearer = /^Bearer (.+)$/.exec(request.headers()["authorization"] ?? "")?.[1];
    const exchange = { path: url.pathname, status: response.status(), bearer };
    exchanges.push(exchange);
    if (response.status() === 401)
      void response.json().then(
        (body: { error?: { params?: { reason?: unknown } } }) =>
          Object.assign(exchange, { reason: body.error?.params?.reason }),
        () => undefined,
      );
  });
  return exchanges;
}

describe("the tab's single sign-on inside Teams", () => {
  it("sends Teams' SSO token to the API, which names the user, in the user's Teams language", async () => {
    for (const [locale, signedIn, title] of [
      ["fr-FR", "Session de Camille Martin", "Campagnes « Vivre ensemble »"],
      ["en-US", "Signed in as Camille Martin", "“Living together” campaigns"],
    ] as const) {
      const tab = await env.teams.open({ user: CAMILLE, locale });
      const api = recordApi(tab.page);
      try {
        await tab.frame.getByRole("heading", { level: 1, name: title }).waitFor();
        await tab.frame.getByText(signedIn, { exact: true }).waitFor();
        expect(tab.tokens.length).toBeGreaterThan(0);
        expect(tab.tokens.every((t) => !t.expired)).toBe(true);
        const handedOut = new Set(tab.tokens.map((t) => t.token));
        expect(api.length).toBeGreaterThan(0);
        for (const call of api) {
          expect(call.status).toBe(200);
          expect(handedOut.has(call.bearer ?? "")).toBe(true);
        }
        // The local-mode banner and language switch are for a browser outside Teams.
        expect(await tab.frame.getByRole("combobox").count()).toBe(0);
      } finally {
        await tab.close();
      }
    }
  });

  it("renews a token the API finds expired: 401, one new token from Teams, the same call succeeds", async () => {
    const tab = await env.teams.open({ user: CAMILLE, expiredTokens: 1 });
    const api = recordApi(tab.page);
    try {
      await tab.frame.getByText("Session de Camille Martin", { exact: true }).waitFor();
      await tab.frame.getByText("Aucune campagne pour l'instant.").waitFor();
      expect(await tab.frame.getByText("Impossible de charger les campagnes.").count()).toBe(0);

      const [expired, ...valid] = tab.tokens;
      expect(expired?.expired).toBe(true);
      expect(valid.length).toBeGreaterThan(0);
      expect(valid.every((t) => !t.expired)).toBe(true);
      const refused = api.filter((c) => c.status === 401);
      expect(refused).toHaveLength(1);
      // The refusal's body is read as it arrives, after the response event itself.
      await eventually(() => "reason" in refused[0]!);
      expect(refused[0]).toMatchObject({ bearer: expired!.token, reason: "expired" });
      // The refused call was sent again, with a token Teams handed out after, and went through.
      const retried = api.filter((c) => c.path === refused[0]!.path && c.status === 200);
      expect(retried).toHaveLength(1);
      expect(valid.map((t) => t.token)).toContain(retried[0]!.bearer);
    } finally {
      await tab.close();
    }
  });

  it("cannot be framed by a site that is not Teams: the browser refuses (CSP frame-ancestors), no token is asked", async () => {
    const tab = await env.teams.open({ user: CAMILLE, hostname: IMPOSTOR_HOSTNAME });
    try {
      const until = Date.now() + 10_000;
      while (!tab.frame.url().startsWith("chrome-error:") && Date.now() < until) await tab.page.waitForTimeout(50);
      expect(tab.frame.url()).toMatch(/^chrome-error:/);
      expect(tab.requests).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it("says Teams could not confirm who the user is when Teams gives no token, and sends no request without one", async () => {
    const tab = await env.teams.open({ user: CAMILLE, tokenError: "resourceRequiresConsent" });
    const api = recordApi(tab.page);
    try {
      await tab.frame
        .getByText("Teams n'a pas pu confirmer votre identité. Rechargez l'onglet puis réessayez.")
        .first()
        .waitFor();
      expect(tab.requests.filter((r) => r.func === "authentication.getAuthToken").length).toBeGreaterThan(0);
      expect(api).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it.each([
    ["the recruitment page", "/recruitment/no-such-campaign", "/api/campaigns/no-such-campaign/recruitment"],
    ["the console", "/console/no-such-campaign", "/api/workshops/no-such-campaign"],
  ])("renews an expired token on %s too (every page reads through the one client)", async (_name, path, apiPath) => {
    const tab = await env.teams.open({ user: CAMILLE, expiredTokens: 1, path });
    const api = recordApi(tab.page);
    try {
      const until = Date.now() + 15_000;
      while (!api.some((c) => c.path === apiPath && c.status !== 401) && Date.now() < until)
        await tab.page.waitForTimeout(50);
      const [expired, ...valid] = tab.tokens;
      const calls = api.filter((c) => c.path === apiPath);
      expect(calls.filter((c) => c.status === 401).every((c) => c.bearer === expired!.token)).toBe(true);
      const answered = calls.find((c) => c.status !== 401);
      // The campaign does not exist: the renewed call is answered for what it asks (404), not refused (401).
      expect(answered?.status).toBe(404);
      expect(valid.map((t) => t.token)).toContain(answered!.bearer);
    } finally {
      await tab.close();
    }
  });
});

import type { AnswerOf } from "../../bot/src/contracts/api";
import { translate } from "../../bot/src/i18n/translate";
import { startTestServer, type TestServer } from "../support/testServer";

describe("HTTP edge", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it("reports storage reachability on /api/health", async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", storage: "reachable" });
  });

  it("answers malformed JSON with a localised 400, not a 500 or a stack trace", async () => {
    for (const [lang, text] of [
      ["fr-FR", translate("fr", "error.badJson")],
      ["en-GB,en;q=0.9", translate("en", "error.badJson")],
    ] as const) {
      const res = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": lang },
        body: "{not json",
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error).toEqual({ code: "badRequest", message: text });
    }
  });

  it("refuses a body over the size limit with 413", async () => {
    const res = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("tooLarge");
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const res = await fetch(`${server.url}/api/nothing-here`, { headers: { "Accept-Language": "en" } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "notFound", message: translate("en", "error.notFound") } });
  });

  it("lists campaigns for the tab in local mode, and who is calling", async () => {
    // Created from the tab's set-up form, as the local user: they coordinate it.
    const created = await fetch(`${server.url}/api/campaigns`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        name: "Maison de Hautepierre",
        approach: "territorial",
        site: "Maison de Hautepierre",
        services: ["CMS", "Mairie de quartier", "Médiathèque"],
      }),
    });
    expect(created.status).toBe(201);
    const { id } = ((await created.json()) as AnswerOf<"POST /api/campaigns">).campaign;
    const res = await fetch(`${server.url}/api/campaigns`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as AnswerOf<"GET /api/campaigns">;
    expect(body.campaigns.find((c) => c.id === id)).toMatchObject({
      site: "Maison de Hautepierre",
      services: ["CMS", "Mairie de quartier", "Médiathèque"],
      canEdit: true,
    });
    // Someone who does not coordinate it sees it, without the set-up.
    const asReader = await fetch(`${server.url}/api/campaigns`, { headers: { Cookie: "ve-local-user=local-reader" } });
    const seen = ((await asReader.json()) as AnswerOf<"GET /api/campaigns">).campaigns.find((c) => c.id === id);
    expect(seen?.canEdit).toBe(false);
    const me = await fetch(`${server.url}/api/me`, { headers: { "Accept-Language": "fr" } });
    const who = (await me.json()) as AnswerOf<"GET /api/me">;
    expect(who).toMatchObject({ mode: "local", user: { id: "local-user", name: "Utilisateur local" } });
    expect(who.personas?.map((p) => p.id)).toEqual(["local-user", "local-manager", "local-agent", "local-reader"]);
    // The identity switch's cookie makes the tab act as someone else, in local mode only.
    const asManager = await fetch(`${server.url}/api/me`, {
      headers: { "Accept-Language": "en", Cookie: "ve-local-user=local-manager" },
    });
    expect(((await asManager.json()) as AnswerOf<"GET /api/me">).user).toEqual({
      id: "local-manager",
      name: "Service manager (local)",
    });
    const hostile = await fetch(`${server.url}/api/me`, { headers: { Cookie: "ve-local-user=%3Cscript%3E" } });
    expect(((await hostile.json()) as AnswerOf<"GET /api/me">).user.id).toBe("local-user");
  });

  it("sends security headers that let Teams, and only Teams, frame the tab", async () => {
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'self' https://teams.microsoft.com");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
  });

  it("writes one structured log line per request, with request id and no body", async () => {
    await fetch(`${server.url}/api/health?secret=1`);
    const line = server.logs.filter((l) => l.msg === "request" && l.path === "/api/health").pop();
    expect(line).toMatchObject({ method: "GET", status: 200 });
    expect(typeof line?.reqId).toBe("string");
    expect(JSON.stringify(server.logs)).not.toContain("secret=1");
  });
});

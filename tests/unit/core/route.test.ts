import type { AddressInfo } from "node:net";
import restify, { type Server } from "restify";
import { z } from "zod";
import { DOMAIN_ERROR_CODES, err, errWith, ok, type DomainError } from "../../../bot/src/domain/result";
import { domainErrorMessage } from "../../../bot/src/i18n/domainText";
import { translate } from "../../../bot/src/i18n/translate";
import type { Locale } from "../../../bot/src/i18n/locale";
import type { Authenticator } from "../../../bot/src/transport/http/identity";
import { ANSWERED, register, route, type RouteDeps } from "../../../bot/src/transport/http/route";
import { statusOf } from "../../../bot/src/transport/http/statusOf";
import type { Json } from "../../support/tabApi";

/** Anyone sending `x-user` is signed in as them; anyone else has no token. */
const authenticate: Authenticator = async (req) => {
  const id = req.headers["x-user"];
  return typeof id === "string"
    ? { ok: true, mode: "teams", identity: { id, name: `Person ${id}` } }
    : { ok: false, reason: "missingToken" };
};
const deps: RouteDeps = { authenticate };

const BLOCKED: DomainError = {
  code: "campaign.moveBlocked",
  causes: [
    { code: "campaign.agentPanelNotConfirmed" },
    { code: "campaign.workshopDateMissing", params: { workshop: 1 } },
  ],
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  // A route per kind of answer, written the one way routes are written.
  server.get(
    "/t/echo/:id",
    route(deps, { audience: "member" }, async (call) =>
      ok({ id: call.param("id"), me: call.me.id, q: call.query.get("q"), missing: call.param("nothing") }),
    ),
  );
  server.get(
    "/t/public",
    route(deps, { audience: "public" }, async (call) => ok({ me: call.me ?? null })),
  );
  server.get(
    "/t/fail/:code",
    route(deps, { audience: "public" }, async (call) =>
      err(call.param("code") as DomainError["code"], { workshop: 2 }),
    ),
  );
  server.get(
    "/t/blocked",
    route(deps, { audience: "public" }, async () => errWith(BLOCKED.code, BLOCKED.causes ?? [])),
  );
  server.get(
    "/t/file",
    route(deps, { audience: "public" }, async (call) => {
      call.res.header("Content-Type", "text/plain");
      call.res.sendRaw(200, "a file");
      return ANSWERED;
    }),
  );
  server.post(
    "/t/created",
    route(deps, { audience: "member", body: z.object({ name: z.string().min(1) }), okStatus: 201 }, async (call) =>
      ok({ hello: call.body.name }),
    ),
  );
  server.del(
    "/t/gone",
    route(deps, { audience: "member", okStatus: 204 }, async () => ok(undefined)),
  );
  // A key of the API table: method and path come from the key, the body from the route's schema.
  register(
    server,
    deps,
    "POST /api/campaigns/:campaignId/moves",
    {
      audience: "member",
      body: z.object({ from: z.enum(["draft"]), to: z.enum(["recruitingAgents"]) }),
      invalidKey: "campaign.api.invalidBody",
    },
    async (call) =>
      call.param("campaignId") === "blocked" ? errWith(BLOCKED.code, BLOCKED.causes ?? []) : err("campaign.notFound"),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

async function call(
  method: string,
  path: string,
  options: { user?: string; locale?: Locale; body?: unknown } = {},
): Promise<{ status: number; body: Json; headers: Headers }> {
  const headers: Record<string, string> = { "Accept-Language": options.locale ?? "fr" };
  if (options.user) headers["x-user"] = options.user;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(base + path, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  let body: Json = { text };
  try {
    if (text !== "") body = JSON.parse(text) as Json;
  } catch {
    // a file: kept as { text }
  }
  return { status: res.status, body, headers: res.headers };
}

describe("statusOf", () => {
  // The convention by the code's last word: one code of each, and every code that ends so.
  it.each([
    ["campaign.notFound", 404],
    ["campaign.forbidden", 403],
    ["poster.conflict", 409],
    ["poster.staleVersion", 409],
    ["roster.unavailable", 503],
    ["joinDevice.tooMany", 429],
  ] as const)("maps %s, and every code named like it, to %i", (code, status) => {
    expect(statusOf(code)).toBe(status);
    const lastWord = code.slice(code.indexOf("."));
    const alike = DOMAIN_ERROR_CODES.filter((c) => c.endsWith(lastWord));
    expect(alike.map(statusOf)).toEqual(alike.map(() => status));
  });

  it("maps the refusals that say « changed meanwhile » in other words to 409", () => {
    for (const code of ["campaign.moveBlocked", "campaign.movedMeanwhile", "campaign.invalidTransition"] as const)
      expect(statusOf(code)).toBe(409);
  });

  it("maps any other refusal (the person's input, the campaign's state) to 422", () => {
    expect(statusOf("campaign.lastCoordinator")).toBe(422);
    expect(statusOf("contribution.empty")).toBe(422);
  });
});

describe("route", () => {
  it("answers 401 in the caller's language to a member route called without an identity", async () => {
    for (const locale of ["fr", "en"] as const) {
      const res = await call("GET", "/t/echo/1", { locale });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ code: "unauthorized", params: { reason: "missingToken" } });
      expect(res.body.error.message).toBe(translate(locale, "poster.auth.missingToken"));
    }
  });

  it("gives the handler who calls, the path parameters and the query, and answers its value, never cached", async () => {
    const res = await call("GET", "/t/echo/abc%20d?q=x", { user: "u1" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: "abc d", me: "u1", q: "x", missing: "" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("lets anyone call a public route, without an identity", async () => {
    expect(await call("GET", "/t/public")).toMatchObject({ status: 200, body: { me: null } });
  });

  it.each([
    ["campaign.notFound", 404],
    ["campaign.forbidden", 403],
    ["roster.unavailable", 503],
    ["campaign.movedMeanwhile", 409],
    ["campaign.lastCoordinator", 422],
  ] as const)("answers %s with status %i and its message in fr and en", async (code, status) => {
    for (const locale of ["fr", "en"] as const) {
      const res = await call("GET", `/t/fail/${code}`, { locale });
      expect(res.status).toBe(status);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.body).toEqual({
        error: {
          code,
          message: domainErrorMessage(locale, { code, params: { workshop: 2 } }),
          params: { workshop: 2 },
        },
      });
    }
  });

  it("renders each cause of a refusal in the caller's language", async () => {
    for (const locale of ["fr", "en"] as const) {
      const res = await call("GET", "/t/blocked", { locale });
      expect(res.status).toBe(409);
      expect(res.body.error).toEqual({
        code: "campaign.moveBlocked",
        message: translate(locale, "domain.campaign.moveBlocked"),
        causes: [
          {
            code: "campaign.agentPanelNotConfirmed",
            message: translate(locale, "domain.campaign.agentPanelNotConfirmed"),
          },
          {
            code: "campaign.workshopDateMissing",
            message: translate(locale, "domain.campaign.workshopDateMissing", { workshop: "1" }),
          },
        ],
      });
    }
    expect(translate("fr", "domain.campaign.moveBlocked")).not.toBe(translate("en", "domain.campaign.moveBlocked"));
  });

  it("checks the body with the route's schema: 400 in the route's words, naming the field", async () => {
    const refused = await call("POST", "/t/created", { user: "u1", body: { name: "" } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalidBody");
    expect(refused.body.error.params.details).toMatch(/^name: /);
    expect(refused.body.error.message).toBe(translate("fr", "error.badJson", refused.body.error.params));
    const created = await call("POST", "/t/created", { user: "u1", body: { name: "Ada" } });
    expect(created).toMatchObject({ status: 201, body: { hello: "Ada" } });
  });

  it("answers 204 with no body when the route says so, and leaves a file the handler sent alone", async () => {
    const gone = await call("DELETE", "/t/gone", { user: "u1" });
    expect(gone.status).toBe(204);
    expect(gone.body).toEqual({ text: "" });
    expect(await call("GET", "/t/file")).toMatchObject({ status: 200, body: { text: "a file" } });
  });
});

describe("register", () => {
  const path = (id: string) => `/api/campaigns/${id}/moves`;

  it("mounts a key of the API table at its method and path", async () => {
    expect(
      await call("POST", path("c1"), { user: "u1", body: { from: "draft", to: "recruitingAgents" } }),
    ).toMatchObject({
      status: 404,
      body: { error: { code: "campaign.notFound" } },
    });
    expect((await call("GET", path("c1"), { user: "u1" })).status).toBe(405);
  });

  it("refuses a body its schema refuses with the capability's message, in fr and en", async () => {
    for (const locale of ["fr", "en"] as const) {
      const res = await call("POST", path("c1"), { user: "u1", locale, body: { from: "draft", to: "nowhere" } });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(translate(locale, "campaign.api.invalidBody", res.body.error.params));
    }
  });

  it("answers a refusal with its causes", async () => {
    const res = await call("POST", path("blocked"), { user: "u1", body: { from: "draft", to: "recruitingAgents" } });
    expect(res.status).toBe(409);
    expect(res.body.error.causes.map((c: DomainError) => c.code)).toEqual([
      "campaign.agentPanelNotConfirmed",
      "campaign.workshopDateMissing",
    ]);
  });
});

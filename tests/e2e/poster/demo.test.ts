import { seedDemo } from "../../../bot/src/dev/demo";
import { startTestServer, type TestServer } from "../../support/testServer";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

async function get(path: string) {
  const res = await fetch(server.url + path, { headers: { "accept-language": "fr" } });
  // Shapes are checked by the expectations below.
  return { status: res.status, body: (await res.json()) as Record<string, never> & Record<string, unknown> };
}

describe("demo data (npm run demo)", () => {
  it("seeds the funeral-service pilot end to end and four more services, idempotently", async () => {
    const now = new Date("2027-01-15T10:00:00Z");
    const first = await seedDemo(server.app.tables, server.app.repos.campaigns, now);
    await seedDemo(server.app.tables, server.app.repos.campaigns, now);
    expect(first.campaignIds).toHaveLength(5);

    const poster = (await get("/api/campaigns/demo-service-funeraire/poster")).body as unknown as { poster: { version: number }; status: { state: string; approvals: number; total: number } };
    expect(poster.poster.version).toBe(2);
    expect(poster.status).toMatchObject({ state: "validated", approvals: 8, total: 8 });

    const roadmap = (await get("/api/campaigns/demo-service-funeraire/roadmap")).body as unknown as { actions: { title: string; status: string }[] };
    expect(roadmap.actions.map((a) => a.status)).toEqual(["inProgress", "done", "inProgress", "toStart", "inProgress"]);
    expect(roadmap.actions[1]!.title).toBe("remettre une fiche des démarches et des délais habituels");

    const dashboard = (await get("/api/dashboard")).body as unknown as { rows: unknown[]; commonValues: { text: string; campaignCount: number }[] };
    expect(dashboard.rows).toHaveLength(5);
    // Four validated posters keep « Respect »; the pool service is still validating, so it does not count yet.
    expect(dashboard.commonValues[0]).toMatchObject({ text: "Respect", campaignCount: 4 });

    const follow = await get(`/api/follow/${first.followToken}`);
    expect(follow.status).toBe(200);
    expect(JSON.stringify(follow.body)).toContain("Affiche « Vivre ensemble » posée dans la salle d'attente");
  });
});

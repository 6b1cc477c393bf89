import { COMMIT_PARTIES } from "../../../bot/src/domain/workshopTemplate";
import { seedDemo } from "../../../bot/src/dev/demo";
import { PENDING_USAGER_TOKEN, RECRUITING_CAMPAIGN_ID } from "../../../bot/src/dev/demo/recruitmentDemo";
import { createLogger } from "../../../bot/src/logging/logger";
import { WorkshopService } from "../../../bot/src/services/workshop/workshopService";
import { createWorkshopStores } from "../../../bot/src/storage/workshop/workshopStores";
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
  it("seeds the funeral-service pilot end to end, four more services and one still recruiting, idempotently", async () => {
    const now = new Date("2027-01-15T10:00:00Z");
    const first = await seedDemo(server.app.tables, server.app.repos.campaigns, now);
    await seedDemo(server.app.tables, server.app.repos.campaigns, now);
    expect(first.campaignIds).toHaveLength(6);

    // The three workshops were played once: the second run found them and added nothing.
    const stores = createWorkshopStores(server.app.tables);
    const counts = async () => {
      const rows: number[] = [];
      for (const w of ["demo-service-funeraire.w1", "demo-service-funeraire.w2"]) {
        for (const step of ["ideal", "chaotic", "actions"] as const)
          rows.push((await stores.contributions.forStep(w, step)).length);
        rows.push((await stores.scale.all(w)).length);
      }
      for (const step of ["qualitiesVote", "prioritiesVote"])
        rows.push((await stores.ballots.forStep("demo-service-funeraire.w3", step)).length);
      return rows;
    };
    const afterTwoRuns = await counts();
    expect(afterTwoRuns).toEqual([18, 11, 8, 8, 15, 11, 8, 8, 8, 8]);
    await seedDemo(server.app.tables, server.app.repos.campaigns, now);
    expect(await counts()).toEqual(afterTwoRuns);

    const w1 = (await get("/api/workshops/demo-service-funeraire?kind=1")).body as unknown as {
      pointer: { phase: string };
    };
    expect(w1.pointer.phase).toBe("ended");
    const ideal = (await stores.contributions.forStep("demo-service-funeraire.w2", "ideal")).map((r) => r.value);
    expect(ideal.map((c) => c.text)).toEqual(
      expect.arrayContaining(["Écoute", "Délais clairs", "Respect des familles"]),
    );
    // Only pseudonymous keys are stored next to what people wrote.
    expect(ideal.every((c) => /^[A-Za-z0-9_-]{24}$/.test(c.participantKey))).toBe(true);
    const actions = (await stores.contributions.forStep("demo-service-funeraire.w1", "actions")).map((r) => r.value);
    expect(new Set(actions.map((a) => a.tag))).toEqual(new Set(COMMIT_PARTIES));

    const w3 = (await get("/api/workshops/demo-service-funeraire?kind=3")).body as unknown as {
      results: { type: string; priorities: unknown[]; commitments: { party: string; text: string }[] };
      sides: { agents: { count: number; median: number }; usagers: { count: number; median: number } };
    };
    expect(w3.sides.agents).toMatchObject({ count: 8, median: 6 });
    expect(w3.sides.usagers).toMatchObject({ count: 8, median: 4.5 });
    expect(w3.results.type).toBe("commitments");
    expect(w3.results.priorities).toHaveLength(6);
    expect(w3.results.commitments.map((c) => `${c.party}: ${c.text}`).sort()).toEqual(
      [
        "agents: prendre plus de temps pour accompagner l'usager",
        "agents: expliquer clairement chaque démarche et ses délais",
        "agents: proposer un lieu calme pour les échanges délicats",
        "usagers: respecter le règlement des cimetières",
        "usagers: prévenir en cas d'empêchement à un rendez-vous",
        "both: plus de politesse, de part et d'autre",
      ].sort(),
    );
    const service = new WorkshopService(stores, server.app.repos.campaigns, () => now, createLogger("silent"));
    const record = (await service.records.load("demo-service-funeraire", 3))!.value;
    const qualitiesVote = await service.results.voteResults(record, "qualitiesVote");
    expect(qualitiesVote.voters).toBe(8);
    expect(qualitiesVote.kept.map((id) => qualitiesVote.lines.find((l) => l.id === id)?.text)).toEqual([
      "Respect",
      "Écoute",
      "Dialogue",
      "Qualité de l'accueil",
    ]);

    const poster = (await get("/api/campaigns/demo-service-funeraire/poster")).body as unknown as {
      poster: { version: number };
      status: { state: string; approvals: number; total: number };
    };
    expect(poster.poster.version).toBe(2);
    expect(poster.status).toMatchObject({ state: "validated", approvals: 8, total: 8 });

    const roadmap = (await get("/api/campaigns/demo-service-funeraire/roadmap")).body as unknown as {
      actions: { title: string; status: string }[];
    };
    expect(roadmap.actions.map((a) => a.status)).toEqual(["inProgress", "done", "inProgress", "toStart", "inProgress"]);
    expect(roadmap.actions[1]!.title).toBe("remettre une fiche des démarches et des délais habituels");

    const dashboard = (await get("/api/dashboard")).body as unknown as {
      rows: unknown[];
      commonValues: { text: string; campaignCount: number }[];
    };
    // Five services with a poster, and one still recruiting.
    expect(dashboard.rows).toHaveLength(6);
    // Four validated posters keep « Respect »; the pool service is still validating, so it does not count yet.
    expect(dashboard.commonValues[0]).toMatchObject({ text: "Respect", campaignCount: 4 });

    const follow = await get(`/api/follow/${first.followToken}`);
    expect(follow.status).toBe(200);
    expect(JSON.stringify(follow.body)).toContain("Affiche « Vivre ensemble » posée dans la salle d'attente");
  });

  it("seeds a campaign still recruiting: make-up, volunteers, usagers at every stage, invitations with two unreachable members", async () => {
    const now = new Date("2027-01-15T10:00:00Z");
    await seedDemo(server.app.tables, server.app.repos.campaigns, now);
    const recruitment = (await get(`/api/campaigns/${RECRUITING_CAMPAIGN_ID}/recruitment`)).body as unknown as {
      volunteerCount: number;
      proposal: { selectedIds: string[] };
      breakdown: unknown[];
    };
    expect(recruitment.volunteerCount).toBe(13);
    expect(recruitment.proposal.selectedIds).toHaveLength(8);
    expect(recruitment.breakdown).toHaveLength(4);
    const usagers = (await get(`/api/campaigns/${RECRUITING_CAMPAIGN_ID}/usagers`)).body as unknown as {
      usagers: { status: string }[];
      acceptedCount: number;
    };
    expect(usagers.usagers.map((u) => u.status).sort()).toEqual([
      "accepted",
      "accepted",
      "accepted",
      "accepted",
      "accepted",
      "accepted",
      "declined",
      "nominated",
    ]);
    const outbox = (await get(`/api/campaigns/${RECRUITING_CAMPAIGN_ID}/outbox`)).body as unknown as {
      progress: Record<string, number>;
      failures: { name: string }[];
    };
    expect(outbox.progress).toEqual({ sent: 44, pending: 0, failed: 0, unreachable: 2, total: 46 });
    expect(outbox.failures.map((f) => f.name).sort()).toEqual(["Nadia Berger", "Paul Ott"]);
    expect((await get(`/api/confirm/${PENDING_USAGER_TOKEN}`)).status).toBe(200);
  });
});

import type { FeatureContext } from "../../../bot/src/services/featureContext";
import { loadWorkshop3Outcome } from "../../../bot/src/services/workshop/workshopOutcome";
import type { Campaign } from "../../../bot/src/domain/campaign";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user } from "../../support/teamsActivities";
import { JoinDevice, requestIdOf, stageState, textOf, voteDataFor, WorkshopHarness } from "./workshopHarness";

/**
 * The three workshops end to end: W1 with 8 agents in a Teams meeting chat, W2 with usagers on
 * the join API only, W3 mixed; the kept qualities and the commitments are checked exactly.
 */
describe("the three workshops, as Teams and the join page call the server", () => {
  let server: TestServer;
  let campaign: Campaign;
  const coordinator = user(1, "Claire Coordinatrice");
  const agents = Array.from({ length: 8 }, (_, i) => user(200 + i, `Agent ${i}`));

  beforeAll(async () => {
    server = await startTestServer();
    // "local-user" is the tab's identity in local mode: the coordinator also watches the stage.
    campaign = await server.seedCampaign({ state: "workshop1", coordinatorIds: [coordinator.aadObjectId, "local-user"] });
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  async function moveCampaign(state: Campaign["state"]) {
    await server.app.repos.campaigns.update(campaign.id, (c) => ({ ...c, state }));
  }

  async function contribute(w: WorkshopHarness, who: (typeof agents)[number], stepId: string, text: string, tag?: string) {
    const card = await w.card(who, "workshop.refresh", { view: "participant" });
    const answer = await w.card(who, "workshop.contribute", { stepId, text, ...(tag ? { tag } : {}), requestId: requestIdOf(card, "workshop.contribute") });
    expect(textOf(answer)).toContain("Merci, c'est noté");
  }

  it("runs workshop 1 with eight agents, merging duplicates", async () => {
    const w = new WorkshopHarness(server, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const ideal = ["Respect", "respect", "Respect !", "Écoute", "Écoute", "Patience", "Patience", "Respect"];
    for (const [i, a] of agents.entries()) await contribute(w, a, "ideal", ideal[i]!);
    // Merge the four « Respect » into one, from the facilitator card's choice sets.
    const stage = await stageState(server.url, campaign.id);
    const items = (stage.results as { items: { id: string; text: string }[] }).items;
    const respect = items.filter((i) => /respect/i.test(i.text)).map((i) => i.id);
    expect(respect).toHaveLength(4);
    const merged = await w.card(coordinator, "workshop.merge", { stepId: "ideal", keepId: respect[0], mergeIds: respect.slice(1).join(",") });
    expect(textOf(merged)).toContain("× 4");
    await w.command(coordinator, "next"); // chaotic
    await w.command(coordinator, "next"); // scale
    await w.command(coordinator, "openInput");
    for (const [i, a] of agents.entries()) {
      const card = await w.card(a, "workshop.refresh", { view: "participant" });
      await w.card(a, "workshop.scale", { value: String(4 + (i % 3)), comment: "", requestId: requestIdOf(card, "workshop.scale") });
    }
    await w.command(coordinator, "reveal");
    const scale = await stageState(server.url, campaign.id);
    expect((scale.results as { summary: { count: number; histogram: number[] } }).summary.histogram.slice(4, 7)).toEqual([3, 3, 2]);
    await w.command(coordinator, "next"); // actions
    await w.command(coordinator, "openInput");
    await contribute(w, agents[0]!, "actions", "Prendre plus de temps pour accompagner l'usager", "agents");
    await contribute(w, agents[1]!, "actions", "Respecter le règlement", "usagers");
    await contribute(w, agents[2]!, "actions", "Plus de politesse", "both");
    await w.command(coordinator, "end");
  });

  it("runs workshop 2 with usagers through the join API only", async () => {
    await moveCampaign("workshop2");
    const w = new WorkshopHarness(server, campaign.id, 2);
    await w.say(coordinator, "atelier");
    const code = (await stageState(server.url, campaign.id)).join.code;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const usagers = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const d = new JoinDevice(server.url, code);
        await d.register();
        return d;
      }),
    );
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const ideal = ["respect", "Accueil chaleureux", "Accueil chaleureux", "Écoute."];
    for (const [i, d] of usagers.entries()) {
      const card = await d.card();
      const r = await d.act("workshop.contribute", { stepId: "ideal", text: ideal[i], requestId: requestIdOf(card, "workshop.contribute") });
      expect(r.status).toBe(200);
    }
    // A made-up device token is refused.
    const intruder = await fetch(`${server.url}/api/join/${code}/actions`, { method: "POST", headers: { "Content-Type": "application/json", "X-Device-Token": "abcdefghijkl.forged" }, body: JSON.stringify({ verb: "workshop.contribute", data: { stepId: "ideal", text: "x", requestId: "abcdef" } }) });
    expect(intruder.status).toBe(401);
    await w.command(coordinator, "next");
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    for (const [i, d] of usagers.entries()) expect((await d.act("workshop.scale", { value: 2 + i })).status).toBe(200);
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    const actions: [string, string][] = [["Respecter le règlement", "usagers"], ["Plus de politesse", "both"], ["Afficher les horaires", "agents"]];
    for (const [i, [text, tag]] of actions.entries()) {
      const d = usagers[i]!;
      const card = await d.card();
      expect((await d.act("workshop.contribute", { stepId: "actions", text, tag, requestId: requestIdOf(card, "workshop.contribute") })).status).toBe(200);
    }
    await w.command(coordinator, "end");
    // The code dies with the workshop.
    expect((await fetch(`${server.url}/api/join/${code}/card`)).status).toBe(410);
  });

  it("runs workshop 3: qualities ballot with origins, dot votes within budget, commitments", async () => {
    await moveCampaign("workshop3");
    const w = new WorkshopHarness(server, campaign.id, 3);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const voters = agents.slice(0, 5);
    const plan: string[][] = [
      ["Respect", "Accueil chaleureux", "Écoute"],
      ["Respect", "Accueil chaleureux", "Écoute"],
      ["Respect", "Accueil chaleureux"],
      ["Respect", "Accueil chaleureux"],
      ["Respect"],
    ];
    for (const [i, v] of voters.entries()) {
      for (const text of plan[i]!) {
        const card = await w.card(v, "workshop.refresh", { view: "participant" });
        const answer = await w.card(v, "workshop.vote", voteDataFor(card, text));
        expect(textOf(answer)).toContain("Merci");
      }
    }
    // A fourth dot is refused: the budget is 3.
    const full = await w.card(voters[0]!, "workshop.refresh", { view: "participant" });
    expect(textOf(full)).toContain("Il vous reste 0 gommette(s) sur 3");
    const refused = await w.card(voters[0]!, "workshop.vote", voteDataFor(full, "Patience"));
    expect(textOf(refused)).toContain("Vous avez déjà placé vos 3 gommettes");
    const stage = await stageState(server.url, campaign.id);
    const lines = (stage.results as { lines: { text: string; origin: string; count: number }[] }).lines;
    expect(lines.map((l) => [l.text, l.origin, l.count])).toEqual([
      ["Accueil chaleureux", "usagers", 4],
      ["Écoute", "both", 2],
      ["Patience", "agents", 0],
      ["Respect", "both", 5],
    ]);
    expect((stage["sides"] as { agents: { count: number }; usagers: { count: number } }).agents.count).toBe(8);
    expect((stage["sides"] as { agents: { count: number }; usagers: { count: number } }).usagers.count).toBe(4);

    await w.command(coordinator, "next"); // prioritiesVote
    await w.command(coordinator, "openInput");
    const priorities: string[][] = [
      ["Plus de politesse", "Prendre plus de temps pour accompagner l'usager", "Respecter le règlement"],
      ["Plus de politesse", "Prendre plus de temps pour accompagner l'usager", "Respecter le règlement"],
      ["Plus de politesse", "Prendre plus de temps pour accompagner l'usager"],
      ["Plus de politesse"],
    ];
    for (const [i, texts] of priorities.entries()) {
      for (const text of texts) {
        const card = await w.card(agents[i]!, "workshop.refresh", { view: "participant" });
        await w.card(agents[i]!, "workshop.vote", voteDataFor(card, text));
      }
    }
    await w.command(coordinator, "next"); // commitments
    const state = await stageState(server.url, campaign.id);
    const kept = (state.results as { priorities: { id: string; text: string }[] }).priorities;
    expect(kept.map((p) => p.text)).toEqual(["Plus de politesse", "Prendre plus de temps pour accompagner l'usager", "Respecter le règlement"]);
    const rewrites: [string, string][] = [["both", "être plus polis"], ["agents", "prendre plus de temps pour accompagner l'usager"], ["usagers", "respecter le règlement"]];
    for (const [i, [party, text]] of rewrites.entries()) {
      const n = i + 1;
      const answer = await w.card(coordinator, "workshop.commit", { sourceItemId: kept[i]!.id, n, [`commitParty-${n}`]: party, [`commitText-${n}`]: text });
      expect(textOf(answer)).not.toContain("Action impossible");
    }
    expect(await loadWorkshop3Outcome(ctxOf(server), campaign.id)).toBeUndefined();
    await w.command(coordinator, "end");

    const outcome = await loadWorkshop3Outcome(ctxOf(server), campaign.id);
    expect(outcome?.keptQualities.map((q) => [q.text, q.origin])).toEqual([
      ["Respect", "both"],
      ["Accueil chaleureux", "usagers"],
      ["Écoute", "both"],
    ]);
    expect(outcome?.commitments.map((c) => [c.party, c.text])).toEqual([
      ["both", "Agents et usagers s'engagent à être plus polis."],
      ["agents", "Les agents s'engagent à prendre plus de temps pour accompagner l'usager."],
      ["usagers", "Les usagers s'engagent à respecter le règlement."],
    ]);
    expect(outcome?.participantAadIds).toEqual(agents.slice(0, 5).map((a) => a.aadObjectId).sort());
    expect(outcome?.usagerCount).toBe(0);
  });
});

function ctxOf(server: TestServer): FeatureContext {
  return { tables: server.app.tables, repos: server.app.repos, clock: () => new Date(), logger: server.app.logger } as unknown as FeatureContext;
}

import { createWorkshopStores } from "../../../bot/src/storage/workshop/workshopStores";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user } from "../../support/teamsActivities";
import { requestIdOf, stageState, textOf, WorkshopHarness } from "../../support/workshopHarness";
import { translate } from "../../../bot/src/i18n/translate";

type Items = { items: { id: string; text: string; proxy: boolean }[] };

describe("unhide, proxy scale and dots from the console, live counts on the facilitator card", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function setUp(options: { actionsVote?: boolean } = {}) {
    const campaign = await server.seedCampaign({
      state: "workshop1",
      coordinatorIds: [coordinator.aadObjectId, "local-user"],
    });
    if (options.actionsVote) {
      const current = (await (await fetch(`${server.url}/api/workshop-settings/${campaign.id}`)).json()) as {
        settings: Record<string, unknown> & { actionsVote: Record<string, unknown> };
      };
      const settings = {
        ...current.settings,
        actionsVote: { ...current.settings.actionsVote, enabled: true, budget: 2 },
      };
      const res = await fetch(`${server.url}/api/workshop-settings/${campaign.id}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(settings),
      });
      expect(res.status).toBe(200);
    }
    const w = new WorkshopHarness(server, campaign.id, 1);
    // Several campaigns are in a workshop in this server: open this one by its button, as Teams would.
    await w.invoke(coordinator, "workshop.open");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${server.url}/api/workshops/${campaign.id}/${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": "fr-FR" },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    return { campaign, w, post };
  }

  async function contribute(w: WorkshopHarness, n: number, text: string, stepId = "ideal") {
    const agent = user(n);
    const card = await w.card(agent, "workshop.refresh", { view: "participant" });
    // Actions are tagged with who would commit.
    const answer = await w.card(agent, "workshop.contribute", {
      stepId,
      text,
      requestId: requestIdOf(card, "workshop.contribute"),
      ...(stepId === "actions" ? { tag: "both" } : {}),
    });
    expect(textOf(answer)).toContain("Merci");
  }

  it("shows a hidden contribution again on the stage, from the console and from the card, with an audit entry, twice harmlessly", async () => {
    const { campaign, w, post } = await setUp();
    await contribute(w, 300, "Respect");
    await contribute(w, 301, "Insulte");
    const id = ((await stageState(server.url, campaign.id)).results as Items).items.find(
      (i) => i.text === "Insulte",
    )!.id;

    expect((await post("hide", { stepId: "ideal", id })).status).toBe(200);
    expect(((await stageState(server.url, campaign.id)).results as Items).items.map((i) => i.text)).toEqual([
      "Respect",
    ]);
    // The facilitator (and only them) sees what is hidden, to bring it back.
    const hidden = await post("unhide", { stepId: "ideal", id: "nope" });
    expect(hidden.status).toBe(404);
    // On Teams, from the « merge or hide » card the facilitator card opens (it holds no choices itself).
    const card = await w.card(coordinator, "workshop.refresh", { view: "facilitator" });
    expect(textOf(card)).not.toContain('"id":"unhideId"');
    expect(textOf(card)).toContain('"verb":"workshop.organiseForm"');
    expect(textOf(await w.card(coordinator, "workshop.organiseForm", { inPlace: true }))).toContain('"id":"unhideId"');

    const shown = await post("unhide", { stepId: "ideal", id });
    expect(shown.status).toBe(200);
    expect(shown.body["hidden"]).toEqual([]);
    expect((await post("unhide", { stepId: "ideal", id })).status).toBe(200);
    expect(((await stageState(server.url, campaign.id)).results as Items).items.map((i) => i.text)).toEqual([
      "Respect",
      "Insulte",
    ]);

    // Hide again, then unhide through the « merge or hide » card's Action.Execute: that card comes back up to date.
    expect((await post("hide", { stepId: "ideal", id })).status).toBe(200);
    const answered = await w.card(coordinator, "workshop.unhide", {
      stepId: "ideal",
      unhideId: id,
      form: "organiseCard",
    });
    expect(textOf(answered)).toContain(translate("fr", "workshop.organise.done"));
    expect(textOf(answered)).not.toContain('"id":"unhideId"');
    expect(textOf(answered)).toContain('"id":"hideId"');
    expect(((await stageState(server.url, campaign.id)).results as Items).items.map((i) => i.text)).toEqual([
      "Respect",
      "Insulte",
    ]);

    const stored = await createWorkshopStores(server.app.tables).contributions.get(`${campaign.id}.w1`, "ideal", id);
    expect(stored?.value.audit.map((a) => a.action)).toEqual(["hide", "unhide", "hide", "unhide"]);
    // A participant may not unhide.
    const forbidden = await w.invoke(user(301), "workshop.unhide", { stepId: "ideal", unhideId: id });
    expect(textOf(forbidden)).not.toContain('"id":"unhideId"');
    expect(server.connector.cardProblems).toEqual([]);
  });

  it("counts and flags a proxy scale answer and proxy dots, within the person's budget, and ignores a resent click", async () => {
    const { campaign, w, post } = await setUp({ actionsVote: true });
    await w.command(coordinator, "next");
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    expect((await post("proxy-scale", { label: "Table 1", value: 6, comment: "Ça dépend des jours" })).status).toBe(
      200,
    );
    const summary = (
      (await stageState(server.url, campaign.id)).results as { summary: { count: number; histogram: number[] } }
    ).summary;
    expect([summary.count, summary.histogram[6]]).toEqual([1, 1]);
    const answers = await createWorkshopStores(server.app.tables).scale.all(`${campaign.id}.w1`);
    expect(answers.map((a) => [a.value, a.proxy])).toEqual([[6, true]]);
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    await contribute(w, 400, "Rappeler", "actions");
    await contribute(w, 401, "Expliquer", "actions");
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    const state = await stageState(server.url, campaign.id);
    expect((state["step"] as { id: string }).id).toBe("actionsVote");
    const lines = (state.results as { lines: { id: string; text: string }[] }).lines;
    const [first, second] = [lines.find((l) => l.text === "Rappeler")!, lines.find((l) => l.text === "Expliquer")!];

    const vote = (label: string, itemId: string, requestId: string, retract = false) =>
      post("proxy-vote", { label, stepId: "actionsVote", itemId, requestId, retract });
    expect((await vote("Table 1", first.id, "click-0001")).status).toBe(200);
    expect((await vote("table 1", first.id, "click-0001")).status).toBe(200);
    expect((await vote("Table 1", second.id, "click-0002")).status).toBe(200);
    // Budget of 2 per person: a third dot for the same marker is refused, another marker is a person.
    expect((await vote("Table 1", second.id, "click-0003")).status).toBe(422);
    expect((await vote("Table 2", second.id, "click-0004")).status).toBe(200);
    const results = (await stageState(server.url, campaign.id)).results as {
      lines: { text: string; count: number }[];
      voters: number;
    };
    expect(Object.fromEntries(results.lines.map((l) => [l.text, l.count]))).toEqual({ Rappeler: 1, Expliquer: 2 });
    expect(results.voters).toBe(2);

    const ballots = await createWorkshopStores(server.app.tables).ballots.forStep(`${campaign.id}.w1`, "actionsVote");
    expect(ballots.map((b) => b.proxy)).toEqual([true, true]);
  });

  it("updates the posted facilitator card's counts after participants answer, without a pointer change, and without a flood", async () => {
    const { w } = await setUp();
    // The meeting chat is shared by this file's tests: the card of this workshop is the last one posted.
    const facilitatorPost = [...w.sentCards()]
      .reverse()
      .find((a) => a.method === "POST" && textOf(a.activity).includes("Animation"))!;
    const puts = () => w.sentCards().filter((a) => a.method === "PUT" && a.targetActivityId === facilitatorPost.id);
    await server.connector.waitFor(() => puts().some((p) => textOf(p.activity).includes("saisie ouverte")));
    const before = puts().length;
    const started = Date.now();

    await contribute(w, 600, "Bienveillance");
    await server.connector.waitFor(() => puts().some((p) => textOf(p.activity).includes('"text":"Bienveillance"')));
    // A burst right after: folded into one update per 5-second interval (eleven without the throttle),
    // however slowly a loaded machine takes the burst.
    for (let i = 0; i < 10; i++) await contribute(w, 610 + i, `Mot ${i}`);
    await server.connector.waitFor(() => puts().some((p) => textOf(p.activity).includes('"text":"Mot 9"')), 12_000);
    const intervals = Math.ceil((Date.now() - started) / 5000);
    expect(puts().length - before).toBeLessThanOrEqual(1 + intervals);
    expect(server.connector.cardProblems).toEqual([]);
  }, 30_000);
});

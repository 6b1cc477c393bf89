import { domainErrorMessage } from "../../../bot/src/i18n/domainText";
import { WORKSHOP_FRESH_MS } from "../../../bot/src/services/workshop/workshopService";
import { createWorkshopStores } from "../../../bot/src/storage/workshop/workshopStores";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user, type TeamsUser } from "../../support/teamsActivities";
import { uniqueTablePrefix } from "../../support/testStorage";
import { stageState, textOf, WorkshopHarness } from "../../support/workshopHarness";

/**
 * Each instance keeps copies of workshop state to spare storage round trips (the workshop record,
 * each participant's contribution sheet and ballot with their ETags, attendance). Two instances
 * share one storage here, and each click goes to whichever instance the test picks, so the copies
 * of one are stale on purpose: the limits, budgets and replays must hold exactly all the same, and
 * a facilitator's « close input » on one instance must hold on the other once WORKSHOP_FRESH_MS is past.
 */
const coordinator = user(1, "Claire Coordinatrice");
const MAX_ENTRIES = 10;

describe("two instances with their own caches on one storage", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
  });

  async function twoServers(): Promise<{ a: TestServer; b: TestServer; tablePrefix: string }> {
    const tablePrefix = uniqueTablePrefix();
    const a = await startTestServer({ tablePrefix });
    cleanup.push(() => a.stop());
    const b = await startTestServer({ tablePrefix });
    cleanup.push(() => b.stop());
    return { a, b, tablePrefix };
  }

  it("refuses contributions on the other instance once input is closed, past the documented bound; limits and replays hold", async () => {
    const { a, b, tablePrefix } = await twoServers();
    const campaign = await a.seedCampaign({
      state: "workshop1",
      coordinatorIds: [coordinator.aadObjectId, "local-user"],
    });
    const onA = new WorkshopHarness(a, campaign.id, 1);
    const onB = new WorkshopHarness(b, campaign.id, 1);
    await onA.say(coordinator, "atelier");
    await onA.command(coordinator, "start");
    await onA.command(coordinator, "openInput");
    const stores = createWorkshopStores(a.app.tables);
    const stored = async () => (await stores.contributions.forStep(`${campaign.id}.w1`, "ideal")).map((r) => r.value);
    const contribute = (on: WorkshopHarness, who: TeamsUser, text: string, requestId: string) =>
      on.card(who, "workshop.contribute", { stepId: "ideal", text, requestId });

    // One person writes through both instances, each send resent to the other instance, in parallel:
    // both instances' copies of their sheet go stale in turn. 14 different entries for a limit of 10.
    const ana = user(700, "Ana");
    await contribute(onA, ana, "Premier", "r-first");
    await contribute(onB, ana, "Second", "r-second");
    const sends = Array.from({ length: 12 }, (_, i) => ({ text: `Idée ${i}`, requestId: `ana-${i}` }));
    await Promise.all(
      sends.flatMap((s, i) => [
        contribute(i % 2 ? onA : onB, ana, s.text, s.requestId),
        contribute(i % 2 ? onB : onA, ana, s.text, s.requestId),
      ]),
    );
    // Only Ana has written so far.
    expect(await stored()).toHaveLength(MAX_ENTRIES);
    expect(new Set((await stored()).map((c) => c.id)).size).toBe(MAX_ENTRIES);
    // Her card, on either instance, lists what she has, and a resend of her first entry adds nothing.
    const again = await contribute(onB, ana, "Premier", "r-first");
    expect(textOf(again)).toContain("Premier");
    expect(textOf(again)).toContain("Second");
    expect(await stored()).toHaveLength(MAX_ENTRIES);

    // Instance B has a fresh copy of the workshop (it just answered). The facilitator closes input on A.
    const bob = user(701, "Bob");
    await contribute(onB, bob, "Avant", "b-before");
    expect(await stored()).toHaveLength(MAX_ENTRIES + 1);
    await onA.command(coordinator, "closeInput");
    // A knows at once; B at the latest once its copy is older than the bound.
    const closed = domainErrorMessage("fr", { code: "workshop.inputClosed", params: { stepId: "ideal" } });
    expect(textOf(await contribute(onA, bob, "Sur A", "b-on-a"))).toContain(closed);
    await new Promise((resolve) => setTimeout(resolve, WORKSHOP_FRESH_MS + 200));
    expect(textOf(await contribute(onB, bob, "Après", "b-after"))).toContain(closed);
    const texts = (await stored()).map((c) => c.text);
    expect(texts).not.toContain("Après");
    expect(texts).not.toContain("Sur A");

    // A restarted instance (empty caches) recognises a replay, and attendance is recorded once per person.
    await b.stop();
    const c = await startTestServer({ tablePrefix });
    cleanup.push(() => c.stop());
    await onA.command(coordinator, "openInput");
    const onC = new WorkshopHarness(c, campaign.id, 1);
    await contribute(onC, bob, "Avant", "b-before");
    expect((await stored()).filter((x) => x.text === "Avant")).toHaveLength(1);
    const attendees = await stores.attendees.list(`${campaign.id}.w1`);
    expect(attendees.aadObjectIds.filter((id) => id === ana.aadObjectId || id === bob.aadObjectId)).toHaveLength(2);
    expect(new Set(attendees.aadObjectIds).size).toBe(attendees.aadObjectIds.length);
  }, 90_000);

  it("never spends more dots than the budget, nor a replay twice, whichever instance's copy is stale", async () => {
    const { a, b } = await twoServers();
    const campaign = await a.seedCampaign({
      state: "workshop1",
      coordinatorIds: [coordinator.aadObjectId, "local-user"],
    });
    const w1 = new WorkshopHarness(a, campaign.id, 1);
    await w1.say(coordinator, "atelier");
    await w1.command(coordinator, "start");
    await w1.command(coordinator, "openInput");
    const words = ["Respect", "Écoute", "Patience", "Bienveillance", "Clarté"];
    for (const [i, word] of words.entries())
      await w1.card(user(800 + i), "workshop.contribute", { stepId: "ideal", text: word, requestId: `word-${i}` });
    await w1.command(coordinator, "end");
    await a.app.repos.campaigns.update(campaign.id, (c) => ({ ...c, state: "workshop3" }));
    const onA = new WorkshopHarness(a, campaign.id, 3);
    const onB = new WorkshopHarness(b, campaign.id, 3);
    await onA.say(coordinator, "atelier");
    await onA.command(coordinator, "start");
    await onA.command(coordinator, "openInput");
    const lines = ((await stageState(a.url, campaign.id)).results as { lines: { id: string }[] }).lines;
    expect(lines).toHaveLength(words.length);
    const stores = createWorkshopStores(a.app.tables);
    const vote = (on: WorkshopHarness, who: TeamsUser, itemId: string, requestId: string, verb = "workshop.vote") =>
      on.card(who, verb, { stepId: "qualitiesVote", itemId, requestId });

    // A spends all 3 dots (A's copy: full); B takes one back; A must see the freed dot, not its copy.
    const eve = user(900, "Eve");
    for (let i = 0; i < 3; i++) await vote(onA, eve, lines[i]!.id, `eve-${i}`);
    await vote(onB, eve, lines[0]!.id, "eve-back", "workshop.unvote");
    await vote(onA, eve, lines[3]!.id, "eve-3");
    const eves = await stores.ballots.forStep(`${campaign.id}.w3`, "qualitiesVote");
    expect(eves).toHaveLength(1);
    expect(eves[0]!.votes.map((v) => v.itemId).sort()).toEqual([lines[1]!.id, lines[2]!.id, lines[3]!.id].sort());

    // Five dots at once on five items, each sent to both instances: three are spent, once each.
    const zoe = user(901, "Zoé");
    await vote(onB, zoe, lines[0]!.id, "zoe-warm");
    await vote(onA, zoe, lines[0]!.id, "zoe-warm-back", "workshop.unvote");
    await Promise.all(
      lines.flatMap((line, i) => [vote(onA, zoe, line.id, `zoe-${i}`), vote(onB, zoe, line.id, `zoe-${i}`)]),
    );
    const ballots = await stores.ballots.forStep(`${campaign.id}.w3`, "qualitiesVote");
    expect(ballots).toHaveLength(2);
    const zoes = ballots.find((x) => x.requests.includes("zoe-warm|" + lines[0]!.id + "|+"));
    expect(zoes?.votes).toHaveLength(3);
    expect(new Set(zoes?.votes.map((v) => v.itemId)).size).toBe(3);
  }, 90_000);
});

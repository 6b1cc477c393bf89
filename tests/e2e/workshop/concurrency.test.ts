import { createWorkshopStores } from "../../../bot/src/storage/workshop/workshopStores";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user, type TeamsUser } from "../../support/teamsActivities";
import { cardInvoke } from "../../support/workshopActivities";
import { stageState, WorkshopHarness } from "../../support/workshopHarness";

const PARTICIPANTS = 200;
const WORDS = ["Respect", "Écoute", "Patience", "Bienveillance", "Clarté"];

/** Runs tasks with at most `limit` in flight: parallel, without opening a thousand sockets at once. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

describe("a burst of 200 participants: 1,000 contributions and votes in parallel, then every invoke replayed", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  const people: TeamsUser[] = Array.from({ length: PARTICIPANTS }, (_, i) => user(1000 + i, `Personne ${i}`));

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it("stores exactly what was sent, never exceeds a budget, and ignores replays", async () => {
    const campaign = await server.seedCampaign({
      state: "workshop1",
      coordinatorIds: [coordinator.aadObjectId, "local-user"],
    });
    const w1 = new WorkshopHarness(server, campaign.id, 1);
    await w1.say(coordinator, "atelier");
    await w1.command(coordinator, "start");
    await w1.command(coordinator, "openInput");

    const invoke = (from: TeamsUser, verb: string, data: Record<string, unknown>, kind: 1 | 3) =>
      cardInvoke({ serviceUrl: server.connector.url, from, verb, data: { campaignId: campaign.id, kind, ...data } });
    // 3 contributions each: 600 invokes.
    const contributions = people.flatMap((p, i) =>
      [0, 1, 2].map((k) =>
        invoke(
          p,
          "workshop.contribute",
          { stepId: "ideal", text: WORDS[(i + k) % WORDS.length], requestId: `req-${i}-${k}` },
          1,
        ),
      ),
    );
    const post = (activity: object) => async () => {
      const res = await server.postActivity(activity);
      expect(res.status).toBe(200);
      return JSON.stringify(res.body);
    };
    await pool(contributions.map(post), 40);
    const stores = createWorkshopStores(server.app.tables);
    const stored = await stores.contributions.forStep(`${campaign.id}.w1`, "ideal");
    expect(stored).toHaveLength(PARTICIPANTS * 3);
    await w1.command(coordinator, "end");

    await server.app.repos.campaigns.update(campaign.id, (c) => ({ ...c, state: "workshop3" }));
    const w3 = new WorkshopHarness(server, campaign.id, 3);
    await w3.say(coordinator, "atelier");
    await w3.command(coordinator, "start");
    await w3.command(coordinator, "openInput");
    const lines = ((await stageState(server.url, campaign.id)).results as { lines: { id: string; text: string }[] })
      .lines;
    expect(lines.map((l) => l.text).sort()).toEqual([...WORDS].sort());
    // 180 people cast 2 dots (360); 20 people click 5 different items at once with a budget of 3 (100 tries, 60 accepted).
    const votes = people.flatMap((p, i) => {
      const clicks = i < 20 ? 5 : 2;
      return Array.from({ length: clicks }, (_, k) =>
        invoke(
          p,
          "workshop.vote",
          { stepId: "qualitiesVote", itemId: lines[(i + k) % lines.length]!.id, requestId: `vote-${i}-${k}` },
          3,
        ),
      );
    });
    expect(contributions.length + votes.length).toBe(1060);
    await pool(votes.map(post), 40);

    const count = async () => {
      const ballots = await stores.ballots.forStep(`${campaign.id}.w3`, "qualitiesVote");
      return {
        voters: ballots.length,
        dots: ballots.reduce((n, b) => n + b.votes.length, 0),
        max: Math.max(...ballots.map((b) => b.votes.length)),
      };
    };
    expect(await count()).toEqual({ voters: PARTICIPANTS, dots: 180 * 2 + 20 * 3, max: 3 });

    // Teams resends: every one of the 1,060 invokes again, in parallel. Nothing changes.
    await pool([...contributions, ...votes].map(post), 40);
    expect(await stores.contributions.forStep(`${campaign.id}.w1`, "ideal")).toHaveLength(PARTICIPANTS * 3);
    expect(await count()).toEqual({ voters: PARTICIPANTS, dots: 180 * 2 + 20 * 3, max: 3 });
    expect(server.connector.cardProblems).toEqual([]);
  }, 120_000);
});

import { MethodJourney } from "../../support/methodJourney";
import { user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { MEETING_CHAT_ID, meetingEvent } from "../../support/workshopActivities";
import { findAction, stageState, textOf, WorkshopHarness, type CardJson } from "../../support/workshopHarness";
import { translate } from "../../../bot/src/i18n/translate";

/**
 * Teams tells the bot when the workshop's meeting starts and ends (meetingStart / meetingEnd event
 * activities in the meeting chat). At start the facilitator gets the workshop card; at end an open
 * workshop is paused and the facilitator asked whether to end it. Resent events count once; a
 * meeting no campaign is linked to hears nothing.
 */
jest.setTimeout(120_000);

const OTHER_CHAT_ID = "19:meeting_unrelated@thread.v2";

describe("meeting start and end around a workshop", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  let journey: MethodJourney;
  let w: WorkshopHarness;

  const event = (kind: "start" | "end", options: { id?: string; chatId?: string } = {}) =>
    meetingEvent({ serviceUrl: server.connector.url, kind, from: coordinator, ...options });
  const postedIn = (chatId = MEETING_CHAT_ID) => server.connector.sentTo(chatId).filter((a) => a.method === "POST");
  const cardsOf = (posts: ReturnType<typeof postedIn>) =>
    posts.flatMap((p) => (p.activity.attachments ?? []).map((a) => a.content as CardJson));
  const phase = async () =>
    (
      (await stageState(server.url, journey.campaignId, { as: coordinator.aadObjectId }))["pointer"] as {
        phase: string;
      }
    ).phase;

  async function send(activity: object): Promise<void> {
    const res = await server.postActivity(activity);
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    server = await startTestServer({ env: { OUTBOX_POLL_MS: "50" } });
    journey = new MethodJourney(server, coordinator);
    await journey.installForEveryone();
    await journey.createAndInvite();
    // The coordinator pastes the workshop's Teams meeting on the campaign page: its join link names the meeting chat.
    const saved = await journey.tab.patch(journey.path(), {
      meetingUrl1: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(MEETING_CHAT_ID)}/0?context=%7b%7d`,
    });
    expect(saved.status).toBe(200);
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    w = new WorkshopHarness(server, journey.campaignId, 1);
  });

  afterAll(async () => {
    await server.stop();
  });

  it("says nothing in a meeting no campaign is linked to", async () => {
    await send(event("start", { chatId: OTHER_CHAT_ID }));
    await send(event("end", { chatId: OTHER_CHAT_ID }));
    expect(server.connector.sentTo(OTHER_CHAT_ID)).toEqual([]);
  });

  it("posts the facilitator's workshop card when the meeting starts, once for a resent event", async () => {
    const before = postedIn().length;
    const start = event("start");
    await send(start);
    const posted = postedIn().slice(before);
    const facilitator = cardsOf(posted).find((c) => findAction(c, (a) => a.verb === "workshop.start"));
    expect(facilitator).toBeDefined();
    expect(posted).toHaveLength(2); // the facilitator's card and the participants' card, as « atelier » posts them

    await send(start);
    expect(postedIn()).toHaveLength(before + 2);

    // One click starts the workshop from that card.
    const startAction = findAction(facilitator, (a) => a.verb === "workshop.start")!;
    await w.card(coordinator, "workshop.start", startAction.data);
    expect(await phase()).toBe("closed");
    expect(server.connector.cardProblems).toEqual([]);
  });

  it("pauses an open workshop when the meeting ends and asks; « le garder en pause » keeps it", async () => {
    await w.command(coordinator, "openInput");
    const before = postedIn().length;
    const end = event("end");
    await send(end);
    expect(await phase()).toBe("paused");
    const asked = cardsOf(postedIn().slice(before));
    expect(asked).toHaveLength(1);
    const question = asked[0]!;
    expect(textOf(question)).toContain(translate("fr", "workshop.meetingEnded.title"));
    const endAction = findAction(question, (a) => a.verb === "workshop.end");
    const keepAction = findAction(question, (a) => a.verb === "workshop.keepPaused");
    expect(endAction?.title).toBe("Terminer l'atelier");
    expect(keepAction?.title).toBe("Le garder en pause");

    // Teams resends the event: asked once, paused once.
    await send(end);
    expect(postedIn()).toHaveLength(before + 1);

    // Only a facilitator answers the question.
    const agent = journey.panel[0]!;
    const refused = await w.invoke(agent, "workshop.keepPaused", keepAction!.data);
    expect(refused.type).toBe("application/vnd.microsoft.activity.message");
    const kept = await w.card(coordinator, "workshop.keepPaused", keepAction!.data);
    expect(textOf(kept)).toContain("L'atelier reste en pause");
    expect(findAction(kept, (a) => a.verb === "workshop.end")).toBeUndefined();
    expect(await phase()).toBe("paused");

    // A meeting that ends again while the workshop is paused asks nothing.
    await send(event("end"));
    expect(postedIn()).toHaveLength(before + 1);
    expect(server.connector.cardProblems).toEqual([]);
  });

  it("« Terminer l'atelier » ends it as the facilitator's command, and a later start posts nothing", async () => {
    await w.command(coordinator, "resume");
    expect(await phase()).toBe("input");
    const before = postedIn().length;
    await send(event("end"));
    expect(await phase()).toBe("paused");
    const question = cardsOf(postedIn().slice(before))[0]!;
    const endAction = findAction(question, (a) => a.verb === "workshop.end")!;

    const agent = journey.panel[0]!;
    const refused = await w.invoke(agent, "workshop.end", endAction.data);
    expect(refused.type).toBe("application/vnd.microsoft.activity.message");
    expect(await phase()).toBe("paused");

    await w.card(coordinator, "workshop.end", endAction.data);
    expect(await phase()).toBe("ended");

    const afterEnd = postedIn().length;
    await send(event("start"));
    expect(postedIn()).toHaveLength(afterEnd);
    expect(server.connector.cardProblems).toEqual([]);
  });
});

import { MethodJourney } from "../../support/methodJourney";
import { anonymousGuest, user, type MeetingGuest, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { cardInvoke, MEETING_ID } from "../../support/workshopActivities";
import { requestIdOf, stageState, WorkshopHarness } from "../../support/workshopHarness";
import { MEETING_NOTIFICATION_MAX_RECIPIENTS } from "../../support/localConnector";
import { translate } from "../../../bot/src/i18n/translate";

/**
 * When the facilitator opens a step from the facilitator card, the workshop's Teams participants
 * (not the facilitator, never usagers or anonymous guests) get a targeted in-meeting notification
 * showing their own card (the console page), in requests of at most 10 recipients as Teams
 * requires. A resent click notifies nobody again; Teams refusing it (no RSC consent) does not stop
 * the step from opening.
 */
jest.setTimeout(120_000);

describe("in-meeting notification when a step opens", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  const guest: MeetingGuest = anonymousGuest(1);
  let journey: MethodJourney;
  let w: WorkshopHarness;

  const phase = async () =>
    (
      (await stageState(server.url, journey.campaignId, { as: coordinator.aadObjectId }))["pointer"] as {
        phase: string;
      }
    ).phase;

  async function contribute(who: TeamsUser, text: string): Promise<void> {
    const card = await w.card(who, "workshop.refresh", { view: "participant" });
    await w.card(who, "workshop.contribute", {
      stepId: "ideal",
      text,
      requestId: requestIdOf(card, "workshop.contribute"),
    });
  }

  beforeAll(async () => {
    server = await startTestServer({ env: { OUTBOX_POLL_MS: "50" } });
    // More volunteers than one notification can reach, so they need several requests.
    journey = new MethodJourney(server, coordinator, undefined, 16);
    await journey.installForEveryone();
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    w = new WorkshopHarness(server, journey.campaignId, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
  });

  afterAll(async () => {
    await server.stop();
  });

  it("notifies nobody while no Teams participant has answered yet", async () => {
    await w.command(coordinator, "openInput");
    expect(await phase()).toBe("input");
    expect(server.connector.meetingNotifications).toEqual([]);
  });

  it("notifies the Teams participants who answered, not the facilitator nor a guest, in batches of at most 10", async () => {
    // The panel and the other volunteers who joined the meeting: more than one notification can reach.
    for (const [i, agent] of journey.volunteers.entries()) await contribute(agent, `Idée ${i}`);
    await contribute(coordinator, "Idée de l'animatrice");
    // An anonymous guest's click in workshop 1 is refused and leaves no trace.
    const res = await server.postActivity(
      cardInvoke({
        serviceUrl: server.connector.url,
        from: guest,
        verb: "workshop.refresh",
        data: { campaignId: journey.campaignId, kind: 1, view: "participant" },
      }),
    );
    expect(res.status).toBe(200);
    await w.command(coordinator, "closeInput");
    expect(server.connector.meetingNotifications).toEqual([]);

    await w.command(coordinator, "openInput");
    expect(await phase()).toBe("input");
    const sent = server.connector.meetingNotifications;
    expect(journey.volunteers.length).toBeGreaterThan(MEETING_NOTIFICATION_MAX_RECIPIENTS);
    expect(sent.length).toBe(Math.ceil(journey.volunteers.length / MEETING_NOTIFICATION_MAX_RECIPIENTS));
    const recipients = sent.flatMap((n) => n.body.value?.recipients ?? []);
    expect(recipients.sort()).toEqual(journey.volunteers.map((a) => a.id).sort());
    expect(recipients).not.toContain(coordinator.id);
    expect(recipients).not.toContain(guest.id);
    // Teams' 202 without a body is a success to the bot: nothing is logged as refused.
    expect(server.logs.filter((l) => String(l["msg"]).includes("step notification"))).toEqual([]);
    for (const n of sent) {
      expect(n.status).toBe(202);
      expect(n.meetingId).toBe(MEETING_ID);
      expect(n.body.type).toBe("targetedMeetingNotification");
      expect(n.body.value!.recipients!.length).toBeLessThanOrEqual(MEETING_NOTIFICATION_MAX_RECIPIENTS);
      expect(n.body.value!.surfaces).toEqual([
        {
          surface: "meetingStage",
          contentType: "task",
          content: {
            value: expect.objectContaining({
              title: translate("fr", "workshop.stepNotice.title"),
              url: `${server.url}/console/${encodeURIComponent(journey.campaignId)}`,
            }),
          },
        },
      ]);
    }
  });

  it("sends no second notification for a resent click", async () => {
    await w.command(coordinator, "closeInput");
    const before = server.connector.meetingNotifications.length;
    const revision = await w.revision(coordinator);
    await w.card(coordinator, "workshop.openInput", { revision });
    const after = server.connector.meetingNotifications.length;
    expect(after).toBeGreaterThan(before);
    await w.card(coordinator, "workshop.openInput", { revision });
    expect(server.connector.meetingNotifications).toHaveLength(after);
    expect(await phase()).toBe("input");
  });

  it("opens the step when Teams refuses the notification (no consent)", async () => {
    await w.command(coordinator, "closeInput");
    server.connector.refusedNotificationMeetings.add(MEETING_ID);
    const before = server.connector.meetingNotifications.length;
    await w.command(coordinator, "openInput");
    expect(await phase()).toBe("input");
    const refused = server.connector.meetingNotifications.slice(before);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((n) => n.status === 403)).toBe(true);
    expect(server.logs.some((l) => l["msg"] === "in-meeting step notification refused")).toBe(true);
  });
});

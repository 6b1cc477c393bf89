import { MethodJourney } from "../../support/methodJourney";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user } from "../../support/teamsActivities";
import { stageState, WorkshopHarness } from "../../support/workshopHarness";

/**
 * In a Teams meeting, the meeting's organiser or a presenter may facilitate a workshop although
 * they are not the campaign's coordinator; an attendee may not. The role comes from the Bot
 * Connector's meeting-participant route (TeamsInfo.getMeetingParticipant), answered by the local connector.
 */
jest.setTimeout(120_000);

describe("facilitating by meeting role", () => {
  let server: TestServer;
  let w: WorkshopHarness;
  let campaignId: string;
  const coordinator = user(1, "Claire Coordinatrice");
  const presenter = user(40, "Paul Présentateur");
  const attendee = user(41, "Anne Participante");

  beforeAll(async () => {
    server = await startTestServer();
    // The campaign at workshop 1, not yet opened: created, recruited and moved on by the coordinator in Teams and the tab.
    const journey = new MethodJourney(server, coordinator);
    await journey.installForEveryone();
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    // What Teams says of each person's role in the meeting.
    server.connector.meetingRoles.set(presenter.aadObjectId, "Presenter");
    server.connector.meetingRoles.set(attendee.aadObjectId, "Attendee");
    campaignId = journey.campaignId;
    w = new WorkshopHarness(server, campaignId, 1);
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  it("refuses an attendee of the meeting", async () => {
    await w.say(attendee, "atelier");
    expect(w.sentCards().at(-1)!.activity.text).toContain("Seul le coordinateur");
  });

  it("lets a presenter of the meeting open the workshop and run its steps", async () => {
    const before = w.sentCards().length;
    await w.say(presenter, "atelier");
    const posted = w.sentCards().slice(before);
    expect(posted.some((a) => (a.activity.attachments ?? []).length > 0)).toBe(true);
    await w.command(presenter, "start");
    await w.command(presenter, "openInput");
    const card = await w.card(presenter, "workshop.refresh", { view: "facilitator" });
    expect(JSON.stringify(card)).toContain("workshop.");
    // The presenter's commands moved the workshop itself, as the coordinator's tab sees it.
    const stage = await stageState(server.url, campaignId, { as: coordinator.aadObjectId });
    expect(stage["pointer"]).toEqual({ sequenceIndex: 0, stepIndex: 0, phase: "input" });
  });
});

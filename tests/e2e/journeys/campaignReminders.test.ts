import { translate } from "../../../bot/src/i18n/translate";
import { cardTexts } from "../../support/cardTexts";
import { eventually } from "../../support/eventually";
import { FaultyStorageProxy } from "../../support/faultyStorageProxy";
import { executeInvoke } from "../../support/recruitmentActivities";
import { channelMessage, user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { testConnectionString } from "../../support/testStorage";

const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Dates drive gentle prompts: a campaign created in a team channel, its first workshop three days
 * away with no confirmed panel and its second one a week later, gets one reminder of each kind in
 * that channel — the steps card, with the reminder on top — however many times the worker passes.
 */
describe("reminders to the coordinator, posted where the campaign was created", () => {
  let server: TestServer;
  const coordinator = user(1, "Camille Coordinatrice");
  // Storage seen through a proxy (with no faults) so the test can tell when the worker has passed.
  const storage = FaultyStorageProxy.forConnectionString(testConnectionString());
  // Each pass claims each reminder in the reminders' log table (a create, refused once it is done).
  const reminderClaims = () =>
    storage.requests.filter((r) => r.method === "POST" && r.path.endsWith("reminders")).length;

  beforeAll(async () => {
    await storage.start();
    server = await startTestServer({
      env: {
        REMINDER_INTERVAL_MS: "1000",
        STORAGE_CONNECTION_STRING: storage.connectionString(testConnectionString()),
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    await storage.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  it("reminds once that the panel is not confirmed, and once of the spacing rule", async () => {
    const opened = channelMessage({ serviceUrl: server.connector.url, from: coordinator, text: "nouvelle campagne" });
    await server.postActivity(opened);
    const channel = opened.conversation.id;
    const form = server.connector.sentTo(channel).at(-1)!.activity.attachments?.[0]?.content as {
      actions: { data: { formId: string } }[];
    };
    const now = Date.now();
    const created = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "recruitment.createCampaign",
        conversationId: channel,
        data: {
          formId: form.actions[0]!.data.formId,
          name: "État civil — 2027",
          approach: "thematic",
          services: "État civil",
          workshop1: isoDay(now + 3 * DAY),
          workshop2: isoDay(now + 10 * DAY),
        },
      }),
    );
    expect(created.status).toBe(200);
    // The reminder is the notice on top of the steps card: « Rappel pour « name » — what to do ».
    const title = `${translate("fr", "campaign.reminder.title", { name: "État civil — 2027" })} — `;
    const reminders = () =>
      server.connector
        .cardsSentTo(channel)
        .map((card) => ({
          card,
          notice: cardTexts(card)
            .find((t) => t.startsWith(title))
            ?.slice(title.length),
        }))
        .filter((r): r is { card: unknown; notice: string } => r.notice !== undefined);
    await server.connector.waitFor(() => reminders().length >= 2, 10_000);
    // Two more whole passes of the worker (two claims each, one a second) send nothing new.
    const claimed = reminderClaims();
    await eventually(() => reminderClaims() >= claimed + 6, 10_000, "two more reminder passes");
    const sent = reminders();
    expect(sent).toHaveLength(2);
    const [panelBefore = "", panelAfter = ""] = translate("fr", "campaign.reminder.panelNotConfirmed", {
      number: 1,
      date: "{date}",
    }).split("{date}");
    expect(sent.filter((r) => r.notice.startsWith(panelBefore) && r.notice.endsWith(panelAfter))).toHaveLength(1);
    const spacing = translate("fr", "campaign.reminder.spacing", { warning: "" });
    expect(sent.filter((r) => r.notice.startsWith(spacing))).toHaveLength(1);
    // The card carries the coordinator's way on: the steps, and the page.
    const actions = (sent[0]!.card as { actions: { verb?: string; type: string }[] }).actions;
    expect(actions.map((x) => x.verb ?? x.type)).toEqual(expect.arrayContaining(["campaign.roles", "Action.OpenUrl"]));
  });
});

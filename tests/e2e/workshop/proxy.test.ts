import { domainErrorMessage } from "../../../bot/src/i18n/domainText";
import { MethodJourney } from "../../support/methodJourney";
import { TabSession } from "../../support/tabApi";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user, type TeamsUser } from "../../support/teamsActivities";
import {
  findAction,
  requestIdOf,
  stageState,
  textOf,
  WorkshopHarness,
  type CardJson,
} from "../../support/workshopHarness";
import { translate } from "../../../bot/src/i18n/translate";

jest.setTimeout(120_000);

describe("entries on behalf of people in the room", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  let installed = false;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  /**
   * A campaign at workshop 1, not yet opened, as the coordinator takes it there in Teams and the tab:
   * created, agents recruited, panel confirmed, moved on. Each test has its own, on the one server.
   */
  async function campaignAtWorkshop1(): Promise<{ id: string; panel: readonly TeamsUser[] }> {
    const journey = new MethodJourney(server, coordinator);
    if (!installed) await journey.installForEveryone();
    installed = true;
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    return { id: journey.campaignId, panel: journey.panel };
  }
  const stage = (campaignId: string) => stageState(server.url, campaignId, { as: coordinator.aadObjectId });

  it("flags proxy contributions, keeps one scale answer per person, and refuses it to non-facilitators", async () => {
    const campaign = await campaignAtWorkshop1();
    const w = new WorkshopHarness(server, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    // The console's calls, as the coordinator's tab makes them.
    const consoleTab = new TabSession(server.url, coordinator.aadObjectId);
    const post = (path: string, body: unknown, as = consoleTab) =>
      as.post(`/api/workshops/${encodeURIComponent(campaign.id)}/${path}`, body);

    // From the facilitator card, and from the console.
    await w.card(coordinator, "workshop.proxy", {
      stepId: "ideal",
      proxyLabel: "Table 1",
      proxyText: "Politesse",
      requestId: "proxy-req-1",
    });
    expect(
      (await post("proxy", { stepId: "ideal", label: "table 2", text: "Sourire", requestId: "proxy-req-2" })).status,
    ).toBe(200);
    const items = ((await stage(campaign.id)).results as { items: { text: string; proxy: boolean }[] }).items;
    expect(items).toEqual([
      expect.objectContaining({ text: "Politesse", proxy: true }),
      expect.objectContaining({ text: "Sourire", proxy: true }),
    ]);

    await w.command(coordinator, "next");
    await w.command(coordinator, "next");
    await w.command(coordinator, "openInput");
    expect((await post("proxy-scale", { label: "Table 2", value: 3 })).status).toBe(200);
    expect((await post("proxy-scale", { label: "table 2", value: 7 })).status).toBe(200);
    expect((await post("proxy-scale", { label: "table 3", value: 4 })).status).toBe(200);
    const out = await post("proxy-scale", { label: "table 4", value: 11 });
    expect(out.status).toBe(422);
    const summary = ((await stage(campaign.id)).results as { summary: { count: number; histogram: number[] } }).summary;
    expect(summary.count).toBe(2);
    expect(summary.histogram[7]).toBe(1);
    expect(summary.histogram[4]).toBe(1);

    // Someone who does not facilitate may not answer for the room, even with the scale open: a panel agent
    // in their tab, or a person the tab knows nothing of.
    const agentTab = new TabSession(server.url, campaign.panel[0]!.aadObjectId);
    expect((await post("proxy-scale", { label: "x", value: 5 }, agentTab)).status).toBe(403);
    const forbidden = await fetch(`${server.url}/api/workshops/${encodeURIComponent(campaign.id)}/proxy-scale`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ label: "x", value: 5 }),
    });
    expect(forbidden.status).toBe(403);
    const unchanged = ((await stage(campaign.id)).results as { summary: { count: number } }).summary;
    expect(unchanged.count).toBe(2);
    expect(server.connector.cardProblems).toEqual([]);
  });

  it("gives the facilitator a card of its own for the room, which live counts never replace, kept on refusal, posted once per click", async () => {
    const campaign = await campaignAtWorkshop1();
    const w = new WorkshopHarness(server, campaign.id, 1);
    await w.invoke(coordinator, "workshop.open");
    await w.command(coordinator, "start");
    const facilitator = await w.command(coordinator, "openInput");
    // The facilitator card, replaced as answers come in, holds no typing: only the button.
    expect(textOf(facilitator)).not.toContain('"id":"proxyText"');
    // The way to the console (and the stage for the room's screen) is on the card too.
    expect(findAction(facilitator, (a) => a.type === "Action.OpenUrl")).toMatchObject({
      title: "Console et scène (onglet)",
      url: `${server.url}/console/${campaign.id}`,
    });
    const open = findAction(facilitator, (a) => a.verb === "workshop.proxyForm");
    expect(open?.title).toBe("Saisir pour une personne dans la salle");

    const postedBefore = w.sentCards().filter((a) => a.method === "POST").length;
    const answer = await w.card(coordinator, "workshop.proxyForm", { ...open!.data });
    expect(textOf(answer)).toContain(translate("fr", "workshop.proxyCard.posted"));
    // Teams resends the click: still one card.
    await w.card(coordinator, "workshop.proxyForm", { ...open!.data });
    const posted = w
      .sentCards()
      .filter((a) => a.method === "POST")
      .slice(postedBefore);
    expect(posted).toHaveLength(1);
    const roomCard = posted[0]!;
    const roomJson = roomCard.activity.attachments?.[0]?.content as CardJson;
    expect(textOf(roomJson)).toContain("Saisie pour la salle");
    expect(textOf(roomJson)).toContain('"id":"proxyText"');

    // A refusal keeps what was typed, and quotes the marker as plain text.
    const submit = (card: CardJson, fields: Record<string, unknown>) =>
      w.card(coordinator, "workshop.proxy", {
        ...findAction(card, (a) => a.verb === "workshop.proxy")!.data,
        ...fields,
      });
    const tooLong = await submit(roomJson, { proxyLabel: "**Table 4**", proxyText: "x".repeat(201) });
    expect(textOf(tooLong)).toContain(
      domainErrorMessage("fr", { code: "contribution.tooLong", params: { max: 200, length: 201 } }),
    );
    expect(textOf(tooLong)).toContain('"value":"**Table 4**"');
    expect(textOf(tooLong)).toContain(`"value":"${"x".repeat(201)}"`);
    const added = await submit(tooLong, { proxyLabel: "**Table 4**", proxyText: "Accueil chaleureux" });
    expect(textOf(added)).toContain(
      '{"type":"TextRun","text":"Ajouté pour « **Table 4** ». Vous pouvez saisir l\'idée suivante.","color":"good"}',
    );
    expect(textOf(added)).toContain('"value":"**Table 4**"');
    expect(textOf(added)).not.toContain("Accueil chaleureux");
    // A resent submit adds nothing; the next idea gets a new request id.
    await submit(tooLong, { proxyLabel: "**Table 4**", proxyText: "Accueil chaleureux" });
    expect(requestIdOf(added, "workshop.proxy")).not.toBe(requestIdOf(tooLong, "workshop.proxy"));
    const items = ((await stage(campaign.id)).results as { items: { text: string; proxy: boolean }[] }).items;
    expect(items.filter((i) => i.text === "Accueil chaleureux")).toEqual([expect.objectContaining({ proxy: true })]);

    // Answers from the room's phones update the facilitator card, never the entry card.
    const agent = user(90);
    const participant = await w.card(agent, "workshop.refresh", { view: "participant" });
    await w.card(agent, "workshop.contribute", {
      stepId: "ideal",
      text: "Écoute",
      requestId: requestIdOf(participant, "workshop.contribute"),
    });
    await server.connector.waitFor(() =>
      w.sentCards().some((a) => a.method === "PUT" && textOf(a.activity).includes('"text":"Écoute"')),
    );
    expect(w.sentCards().filter((a) => a.method === "PUT" && a.targetActivityId === roomCard.id)).toEqual([]);

    // Input closed: the entry card says so and refreshes in place; nobody else may use it.
    await w.command(coordinator, "closeInput");
    const closed = await submit(added, { proxyLabel: "Table 5", proxyText: "Patience" });
    expect(textOf(closed)).toContain(
      domainErrorMessage("fr", { code: "workshop.inputClosed", params: { stepId: "ideal" } }),
    );
    expect(textOf(closed)).toContain(
      translate("fr", "workshop.proxyCard.unsaved", { text: "Patience", label: "Table 5" }),
    );
    await w.command(coordinator, "openInput");
    const refreshed = await w.card(coordinator, "workshop.proxyForm", {
      ...findAction(closed, (a) => a.verb === "workshop.proxyForm")!.data,
    });
    expect(textOf(refreshed)).toContain(
      '"id":"proxyText","label":"Contribution saisie pour une personne présente","maxLength":200,"isMultiline":true,"isRequired":true,"errorMessage":"Écrivez l\'idée de la personne.","value":"Patience"',
    );
    expect(textOf(refreshed)).toContain('"value":"Table 5"');
    const forbidden = await w.invoke(agent, "workshop.proxy", {
      ...findAction(refreshed, (a) => a.verb === "workshop.proxy")!.data,
      proxyLabel: "x",
      proxyText: "y",
    });
    expect(JSON.stringify(forbidden.value)).toContain("Seul le coordinateur");
    expect(server.connector.cardProblems).toEqual([]);
  });
});

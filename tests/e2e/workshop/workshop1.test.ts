import { domainErrorMessage } from "../../../bot/src/i18n/domainText";
import { MethodJourney } from "../../support/methodJourney";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user } from "../../support/teamsActivities";
import { cardInvoke, meetingMessage } from "../../support/workshopActivities";
import { requestIdOf, stageState, textOf, WorkshopHarness } from "../../support/workshopHarness";
import { translate } from "../../../bot/src/i18n/translate";

jest.setTimeout(120_000);

describe("workshop 1 in a Teams meeting chat", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");
  const agents = Array.from({ length: 8 }, (_, i) => user(100 + i, `Agent ${i}`));
  let w: WorkshopHarness;

  beforeAll(async () => {
    server = await startTestServer();
    // The campaign at workshop 1, not yet opened: created, recruited and moved on by the coordinator in Teams and the tab.
    const journey = new MethodJourney(server, coordinator);
    await journey.installForEveryone();
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    w = new WorkshopHarness(server, journey.campaignId, 1);
  });

  /** The coordinator's tab identity, as the console page sends it. */
  const asCoordinator = { as: coordinator.aadObjectId };
  const coordinatorCookie = `ve-local-user=${encodeURIComponent(coordinator.aadObjectId)}`;

  /**
   * Another campaign of the same coordinator taken to workshop 2 (not yet opened) through Teams and the tab:
   * created and recruited in the channel, its agent panel confirmed, moved past workshop 1, usagers
   * nominated by the panel and accepting on their links, the usager panel confirmed, moved to workshop 2.
   */
  async function otherCampaignAtWorkshop2(name: string): Promise<{ id: string; name: string }> {
    const other = new MethodJourney(server, coordinator, name);
    await other.createAndInvite();
    await other.volunteerAll();
    await other.confirmAgentPanel();
    await other.move("recruitingAgents", "workshop1");
    // Workshop 1 opened with « atelier » in a meeting chat of its own (choosing it when Teams asks which
    // campaign), away from this file's meeting chats, then started from the console (its « Démarrer » button).
    const chatId = `19:meeting_setup_${other.campaignId}@thread.v2`;
    await server.postActivity(
      meetingMessage({ serviceUrl: server.connector.url, from: coordinator, text: "atelier", chatId }),
    );
    const chooser = server.connector.sentTo(chatId).at(-1)!.activity;
    if (JSON.stringify(chooser).includes("workshop.open")) {
      const opened = await server.postActivity(
        cardInvoke({
          serviceUrl: server.connector.url,
          from: coordinator,
          verb: "workshop.open",
          data: { campaignId: other.campaignId },
          chatId,
        }),
      );
      expect(opened.status).toBe(200);
    }
    const workshop = `/api/workshops/${encodeURIComponent(other.campaignId)}`;
    const stage = await other.tab.get(workshop);
    expect(stage.status).toBe(200);
    const started = await other.tab.post(`${workshop}/commands`, { type: "start", revision: stage.body.revision });
    expect(started.status).toBe(200);
    await other.move("workshop1", "recruitingUsagers");
    await other.nominateUsagers();
    await other.confirmUsagerPanel();
    await other.move("recruitingUsagers", "workshop2");
    return { id: other.campaignId, name };
  }
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  it("refuses « atelier » from someone who is neither coordinator nor organiser/presenter", async () => {
    await w.say(agents[0]!, "atelier");
    const last = w.sentCards().at(-1)!.activity;
    expect(last.text).toContain("Seul le coordinateur");
  });

  it("posts a facilitator card and a participant card, then updates them in place when the step changes", async () => {
    const before = w.sentCards().length;
    await w.say(coordinator, "atelier");
    const posted = w.sentCards().slice(before);
    expect(posted.map((p) => p.method)).toEqual(["POST", "POST"]);
    expect(textOf(posted[1]!.activity)).toContain("L'atelier va bientôt commencer");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    await server.connector.waitFor(
      () =>
        w
          .sentCards()
          .filter(
            (a) => a.method === "PUT" && a.targetActivityId === posted[1]!.id && textOf(a.activity).includes("Ajouter"),
          ).length > 0,
    );
    // No new message was posted: only updates.
    expect(
      w
        .sentCards()
        .slice(before)
        .filter((a) => a.method === "POST"),
    ).toHaveLength(2);
  });

  it("stores each participant's words once, even when Teams resends the invoke, and keeps authors out of every card", async () => {
    for (const [i, agent] of agents.entries()) {
      const card = await w.card(agent, "workshop.refresh", { view: "participant" });
      const requestId = requestIdOf(card, "workshop.contribute");
      const data = { stepId: "ideal", text: i % 2 === 0 ? "Respect" : `Écoute ${i}`, requestId };
      const first = await w.card(agent, "workshop.contribute", data);
      expect(textOf(first)).toContain(translate("fr", "workshop.thanks"));
      await w.card(agent, "workshop.contribute", data);
    }
    const facilitator = await w.card(coordinator, "workshop.refresh", { view: "facilitator" });
    const text = textOf(facilitator);
    // Four agents typed « Respect » (four items until the facilitator merges them); each resend added nothing.
    expect(text.match(/"type":"TextRun","text":"Respect"/g)?.length).toBe(4);
    for (const i of [1, 3, 5, 7])
      expect(text.match(new RegExp(`"type":"TextRun","text":"Écoute ${i}"`, "g"))?.length).toBe(1);
    for (const agent of agents) expect(text).not.toContain(agent.aadObjectId);
  });

  it("updates the participant card with a per-user refresh for the Teams users who took part", async () => {
    const before = w.sentCards().length;
    await w.command(coordinator, "reveal");
    await server.connector.waitFor(() =>
      w
        .sentCards()
        .slice(before)
        .some((a) => a.method === "PUT" && textOf(a.activity).includes('"userIds"')),
    );
    const update = w
      .sentCards()
      .slice(before)
      .find((a) => a.method === "PUT" && textOf(a.activity).includes('"userIds"'))!;
    const card = update.activity.attachments![0]!.content as { refresh: { userIds: string[] } };
    expect(card.refresh.userIds).toEqual(agents.map((a) => a.id).sort());
    // Back to typing on the same step (revealed → next → previous → open), for the next tests.
    await w.command(coordinator, "next");
    await w.command(coordinator, "previous");
    expect(textOf(await w.command(coordinator, "openInput"))).toContain("saisie ouverte");
  });

  it("keeps user text as text: markdown typed by a participant is never a link", async () => {
    const agent = agents[1]!;
    const card = await w.card(agent, "workshop.refresh", { view: "participant" });
    const answer = await w.card(agent, "workshop.contribute", {
      stepId: "ideal",
      text: "[gagner](https://evil.example)",
      requestId: requestIdOf(card, "workshop.contribute"),
    });
    const blocks = JSON.stringify(answer);
    expect(blocks).toContain('"type":"TextRun","text":"[gagner](https://evil.example)"');
    expect(blocks).not.toMatch(/"type":"TextBlock","text":"[^"]*evil/);
  });

  it("refuses a too long contribution with a clear message and stores nothing", async () => {
    const agent = agents[2]!;
    const card = await w.card(agent, "workshop.refresh", { view: "participant" });
    const answer = await w.card(agent, "workshop.contribute", {
      stepId: "ideal",
      text: "x".repeat(201),
      requestId: requestIdOf(card, "workshop.contribute"),
    });
    expect(textOf(answer)).toContain(
      domainErrorMessage("fr", { code: "contribution.tooLong", params: { max: 200, length: 201 } }),
    );
    const items = ((await stageState(server.url, w.campaignId, asCoordinator)).results as { items: { text: string }[] })
      .items;
    expect(items.some((i) => i.text.startsWith("xxx"))).toBe(false);
  });

  it("lets the facilitator edit a contribution over the console API, keeping an audit trail out of every answer", async () => {
    const before = await stageState(server.url, w.campaignId, asCoordinator);
    const item = (before.results as { items: { id: string; text: string }[] }).items.find(
      (i) => i.text === "Écoute 1",
    )!;
    const res = await fetch(`${server.url}/api/workshops/${w.campaignId}/edit`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": "fr-FR", Cookie: coordinatorCookie },
      body: JSON.stringify({ stepId: "ideal", id: item.id, text: "Écoute active" }),
    });
    expect(res.status).toBe(200);
    const body = JSON.stringify(await res.json());
    expect(body).toContain("Écoute active");
    expect(body).not.toContain("participantKey");
    expect(body).not.toContain("audit");
    const tooLong = await fetch(`${server.url}/api/workshops/${w.campaignId}/edit`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": "en", Cookie: coordinatorCookie },
      body: JSON.stringify({ stepId: "ideal", id: item.id, text: "y".repeat(300) }),
    });
    expect(tooLong.status).toBe(422);
    expect(((await tooLong.json()) as { error: { code: string; params: unknown } }).error).toMatchObject({
      code: "contribution.tooLong",
      params: { max: 200, length: 300 },
    });
  });

  it("in the chat where a workshop was opened, « atelier » finds that campaign again even when another one is at a workshop", async () => {
    const other = await otherCampaignAtWorkshop2("Maison de Hautepierre");
    const before = w.sentCards().length;
    await w.say(coordinator, "atelier");
    const posted = w
      .sentCards()
      .slice(before)
      .map((c) => textOf(c.activity));
    expect(posted.some((text) => text.includes("Plusieurs campagnes"))).toBe(false);
    expect(posted.join("\n")).not.toContain(other.name);
  });

  it("asks which campaign in a new meeting chat when several are at a workshop, then opens the chosen one", async () => {
    const otherChat = "19:meeting_other@thread.v2";
    const other = await otherCampaignAtWorkshop2("Médiathèque Olympe de Gouges");
    await server.postActivity(
      meetingMessage({ serviceUrl: server.connector.url, from: coordinator, text: "atelier", chatId: otherChat }),
    );
    const chooser = server.connector.sentTo(otherChat).at(-1)!.activity;
    expect(textOf(chooser)).toContain("Plusieurs campagnes sont en atelier");
    const choice = (chooser.attachments?.[0]?.content as { actions: { data: { campaignId: string } }[] }).actions.find(
      (a) => a.data.campaignId === other.id,
    )!.data.campaignId;
    const answer = await w.server.postActivity(
      cardInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "workshop.open",
        data: { campaignId: choice },
        chatId: otherChat,
      }),
    );
    expect(answer.status).toBe(200);
    const posted = server.connector.sentTo(otherChat).slice(1);
    expect(posted).toHaveLength(2);
    expect(textOf(posted[0]!.activity)).toContain("Atelier 2 — les usagers");
  });
});

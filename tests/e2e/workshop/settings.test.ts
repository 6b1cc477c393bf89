import { domainErrorMessage } from "../../../bot/src/i18n/domainText";
import { MethodJourney } from "../../support/methodJourney";
import { TabSession } from "../../support/tabApi";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user, type TeamsUser } from "../../support/teamsActivities";
import { textOf, WorkshopHarness } from "../../support/workshopHarness";

/**
 * The settings page's API (GET and PUT /api/workshop-settings/<campaign>) as the tab calls it, on a
 * campaign taken to workshop 1 through Teams and the tab, before its workshop is opened. Each test
 * has its own server and campaign: what one saves or opens must not be what the next one starts from.
 */
jest.setTimeout(60_000);

describe("per-campaign workshop settings (the method is only the built-in template)", () => {
  const coordinator = user(1, "Claire Coordinatrice");
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  /** A fresh server and a campaign moved to workshop 1 by its coordinator; workshop 1 not opened yet. */
  async function campaignInWorkshop1(): Promise<{ server: TestServer; journey: MethodJourney; campaignId: string }> {
    const server = await startTestServer();
    servers.push(server);
    const journey = new MethodJourney(server, coordinator);
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    return { server, journey, campaignId: journey.campaignId };
  }

  async function put(server: TestServer, campaignId: string, body: unknown, as: TeamsUser = coordinator) {
    const res = await new TabSession(server.url, as.aadObjectId, "fr-FR").put(
      `/api/workshop-settings/${encodeURIComponent(campaignId)}`,
      body,
    );
    return {
      status: res.status,
      body: res.body as {
        settings?: Record<string, unknown>;
        version?: string;
        error?: { code: string; message: string; params?: Record<string, unknown> };
      },
    };
  }

  interface Form {
    settings: Record<string, unknown> & { maxEntriesPerStep: number };
    version: string | null;
    canEdit: boolean;
    startedWorkshops: number[];
    defaults: { maxEntriesPerStep: number };
    limits: { maxEntriesPerStep: { min: number; max: number } };
  }
  const get = async (server: TestServer, campaignId: string, as: TeamsUser = coordinator) =>
    (await new TabSession(server.url, as.aadObjectId).get(`/api/workshop-settings/${encodeURIComponent(campaignId)}`))
      .body as Form;

  it("uses the coordinator's prompts and numbers in the next workshop, and refuses out-of-range values clearly", async () => {
    const { server, journey, campaignId } = await campaignInWorkshop1();
    const current = (await get(server, campaignId)) as unknown as {
      settings: Record<string, unknown> & { prompts: Record<string, { fr: string; en: string }> };
    };
    const settings = {
      ...current.settings,
      prompts: {
        ...current.settings.prompts,
        ideal: { fr: "Qu'est-ce qu'un accueil réussi ?", en: "What makes a good welcome?" },
      },
      maxEntriesPerStep: 2,
    };

    const refused = await put(server, campaignId, {
      ...settings,
      qualitiesVote: { budget: 0, maxPerItem: 1, keep: 5 },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: "settings.budgetOutOfRange",
      params: { key: "qualitiesVote", min: 1, max: 20 },
    });
    const empty = await put(server, campaignId, {
      ...settings,
      scaleLabels: {
        ...(settings as unknown as { scaleLabels: Record<string, unknown> }).scaleLabels,
        max: { fr: "Relation idéale", en: "  " },
      },
    });
    expect(empty.body.error).toMatchObject({ code: "settings.textEmpty", params: { locale: "en" } });
    expect((await put(server, campaignId, { nonsense: true })).status).toBe(400);
    expect((await put(server, campaignId, settings)).status).toBe(200);

    const w = new WorkshopHarness(server, campaignId, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    const card = await w.command(coordinator, "openInput");
    expect(textOf(card)).toContain("Qu'est-ce qu'un accueil réussi ?");
    const agent = journey.panel[0]!;
    for (const [i, text] of ["Sourire", "Écoute", "Patience"].entries()) {
      const answer = await w.card(agent, "workshop.contribute", { stepId: "ideal", text, requestId: `req-${i}-abc` });
      if (i < 2) expect(textOf(answer)).toContain("Merci");
      else
        expect(textOf(answer)).toContain(
          domainErrorMessage("fr", { code: "contribution.tooManyEntries", params: { max: 2 } }),
        );
    }
  });

  it("lets only the campaign's coordinator change them, and says so", async () => {
    const { server, journey, campaignId } = await campaignInWorkshop1();
    // An agent of the panel reads the form, as a member who is not the coordinator.
    const agent = journey.panel[0]!;
    const form = await get(server, campaignId, agent);
    expect(form.canEdit).toBe(false);
    const refused = await put(server, campaignId, form.settings, agent);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe("workshopSettings.forbidden");
    expect((await get(server, campaignId)).version).toBeNull();
  });

  it("gives the form its version, the built-in values and limits, and the workshops that keep their own", async () => {
    const { server, campaignId } = await campaignInWorkshop1();
    const fresh = await get(server, campaignId);
    expect(fresh).toMatchObject({
      version: null,
      canEdit: true,
      startedWorkshops: [],
      defaults: { maxEntriesPerStep: 10 },
      limits: { maxEntriesPerStep: { min: 1, max: 50 } },
    });
    expect(fresh.settings).toEqual(fresh.defaults);

    const w = new WorkshopHarness(server, campaignId, 1);
    await w.invoke(coordinator, "workshop.open");
    expect((await get(server, campaignId)).startedWorkshops).toEqual([1]);
  });

  it("refuses a save made from settings someone else changed since (409, localised), and keeps theirs", async () => {
    const { server, campaignId } = await campaignInWorkshop1();
    const opened = await get(server, campaignId);
    // Two coordinators opened the built-in settings; the first save wins.
    const first = await put(server, campaignId, { ...opened.settings, maxEntriesPerStep: 3, version: opened.version });
    expect(first.status).toBe(200);
    expect(typeof first.body.version).toBe("string");
    const second = await put(server, campaignId, { ...opened.settings, maxEntriesPerStep: 4, version: opened.version });
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe("workshopSettings.staleVersion");
    expect((await get(server, campaignId)).settings.maxEntriesPerStep).toBe(3);

    // From the current version it goes through, and a replay of that same save is refused, not applied twice.
    const reloaded = await get(server, campaignId);
    expect(reloaded.version).toBe(first.body.version);
    const third = await put(server, campaignId, {
      ...reloaded.settings,
      maxEntriesPerStep: 4,
      version: reloaded.version,
    });
    expect(third.status).toBe(200);
    expect(
      (await put(server, campaignId, { ...reloaded.settings, maxEntriesPerStep: 5, version: reloaded.version })).status,
    ).toBe(409);
    expect(await get(server, campaignId)).toMatchObject({
      version: third.body.version,
      settings: { maxEntriesPerStep: 4 },
    });
  });
});

import { domainErrorMessage } from "../../../bot/src/i18n/domainText";
import { startTestServer, type TestServer } from "../../support/testServer";
import { user } from "../../support/teamsActivities";
import { textOf, WorkshopHarness } from "../../support/workshopHarness";

describe("per-campaign workshop settings (the method is only the built-in template)", () => {
  let server: TestServer;
  const coordinator = user(1, "Claire Coordinatrice");

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function put(campaignId: string, body: unknown) {
    const res = await fetch(`${server.url}/api/workshop-settings/${campaignId}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", "Accept-Language": "fr-FR" },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
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
  const get = async (campaignId: string) =>
    (await (await fetch(`${server.url}/api/workshop-settings/${campaignId}`)).json()) as Form;

  it("uses the coordinator's prompts and numbers in the next workshop, and refuses out-of-range values clearly", async () => {
    const campaign = await server.seedCampaign({
      state: "workshop1",
      coordinatorIds: [coordinator.aadObjectId, "local-user"],
    });
    const current = (await (await fetch(`${server.url}/api/workshop-settings/${campaign.id}`)).json()) as {
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

    const refused = await put(campaign.id, { ...settings, qualitiesVote: { budget: 0, maxPerItem: 1, keep: 5 } });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: "settings.budgetOutOfRange",
      params: { key: "qualitiesVote", min: 1, max: 20 },
    });
    const empty = await put(campaign.id, {
      ...settings,
      scaleLabels: {
        ...(settings as unknown as { scaleLabels: Record<string, unknown> }).scaleLabels,
        max: { fr: "Relation idéale", en: "  " },
      },
    });
    expect(empty.body.error).toMatchObject({ code: "settings.textEmpty", params: { locale: "en" } });
    expect((await put(campaign.id, { nonsense: true })).status).toBe(400);
    expect((await put(campaign.id, settings)).status).toBe(200);

    const w = new WorkshopHarness(server, campaign.id, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    const card = await w.command(coordinator, "openInput");
    expect(textOf(card)).toContain("Qu'est-ce qu'un accueil réussi ?");
    const agent = user(77);
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
    const campaign = await server.seedCampaign({ state: "workshop1", coordinatorIds: [coordinator.aadObjectId] });
    const form = await get(campaign.id);
    expect(form.canEdit).toBe(false);
    const refused = await put(campaign.id, form.settings);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe("workshopSettings.forbidden");
  });

  it("gives the form its version, the built-in values and limits, and the workshops that keep their own", async () => {
    const campaign = await server.seedCampaign({
      state: "workshop1",
      coordinatorIds: [coordinator.aadObjectId, "local-user"],
    });
    const fresh = await get(campaign.id);
    expect(fresh).toMatchObject({
      version: null,
      canEdit: true,
      startedWorkshops: [],
      defaults: { maxEntriesPerStep: 10 },
      limits: { maxEntriesPerStep: { min: 1, max: 50 } },
    });
    expect(fresh.settings).toEqual(fresh.defaults);

    const w = new WorkshopHarness(server, campaign.id, 1);
    await w.invoke(coordinator, "workshop.open");
    expect((await get(campaign.id)).startedWorkshops).toEqual([1]);
  });

  it("refuses a save made from settings someone else changed since (409, localised), and keeps theirs", async () => {
    const campaign = await server.seedCampaign({ state: "workshop1", coordinatorIds: ["local-user"] });
    const opened = await get(campaign.id);
    // Two coordinators opened the built-in settings; the first save wins.
    const first = await put(campaign.id, { ...opened.settings, maxEntriesPerStep: 3, version: opened.version });
    expect(first.status).toBe(200);
    expect(typeof first.body.version).toBe("string");
    const second = await put(campaign.id, { ...opened.settings, maxEntriesPerStep: 4, version: opened.version });
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe("workshopSettings.staleVersion");
    expect((await get(campaign.id)).settings.maxEntriesPerStep).toBe(3);

    // From the current version it goes through, and a replay of that same save is refused, not applied twice.
    const reloaded = await get(campaign.id);
    expect(reloaded.version).toBe(first.body.version);
    const third = await put(campaign.id, { ...reloaded.settings, maxEntriesPerStep: 4, version: reloaded.version });
    expect(third.status).toBe(200);
    expect(
      (await put(campaign.id, { ...reloaded.settings, maxEntriesPerStep: 5, version: reloaded.version })).status,
    ).toBe(409);
    expect(await get(campaign.id)).toMatchObject({ version: third.body.version, settings: { maxEntriesPerStep: 4 } });
  });
});

import { randomUUID } from "node:crypto";
import { FaultyStorageProxy, type ProxiedRequest } from "../../support/faultyStorageProxy";
import { answeredCard, answeredMessage, executeInvoke } from "../../support/recruitmentActivities";
import { deliver } from "../../support/resendingClient";
import { personalMessage, user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { testConnectionString } from "../../support/testStorage";
import { translate } from "../../../bot/src/i18n/translate";

/**
 * Storage failing under a running server, seen from Teams' side only: activities over HTTP, the
 * replies the connector receives, the campaigns the API lists. Nothing a user sends is dropped in
 * silence: a passing failure is answered « try again » in the user's language, and trying again works.
 */
describe("storage faults, as Teams sees them", () => {
  const proxy = FaultyStorageProxy.forConnectionString(testConnectionString(), {
    kinds: ["503", "resetBefore", "resetAfter"],
    seed: 11,
  });
  let server: TestServer;
  let n = 0;
  const someone = () => user(700 + ++n, `Agent ${n}`);
  const isClaimWrite = (r: ProxiedRequest) =>
    r.method === "POST" && r.path.includes("processedActivities") && (r.status ?? 500) < 300;
  const isCampaignsRead = (r: ProxiedRequest) => r.method === "GET" && r.path.includes("campaigns");

  beforeAll(async () => {
    await proxy.start();
    server = await startTestServer({
      env: { STORAGE_CONNECTION_STRING: proxy.connectionString(testConnectionString()) },
    });
  });
  afterEach(() => {
    proxy.restore();
    proxy.configure({ rate: 0 });
    expect(server.connector.cardProblems).toEqual([]);
  });
  afterAll(async () => {
    await server.stop();
    await proxy.stop();
  });

  const repliesTo = (activityId: string) =>
    server.connector.activities.filter((a) => a.activity["replyToId"] === activityId);
  const isTryAgain = (text: string | undefined) => /n'a pas pu être traité|could not be handled/.test(text ?? "");

  async function campaignIds(): Promise<string[]> {
    const res = await fetch(`${server.url}/api/campaigns`);
    return ((await res.json()) as { campaigns: { id: string }[] }).campaigns.map((c) => c.id);
  }

  /** The coordinator's click on the « nouvelle campagne » form's button (`formId` is the form's). */
  function createCampaign(from: TeamsUser, formId: string, locale: string, name: string) {
    return executeInvoke({
      serviceUrl: server.connector.url,
      from,
      verb: "recruitment.createCampaign",
      data: { formId, name, approach: "thematic", services: name },
      locale,
    });
  }

  it("a typed message whose handling fails after its claim is answered « send it again », and Teams' resend of it is answered", async () => {
    const message = personalMessage({
      serviceUrl: server.connector.url,
      from: someone(),
      text: "campagnes",
      locale: "fr-FR",
    });
    void proxy.outage("503", { after: isClaimWrite, match: isCampaignsRead });
    expect((await server.postActivity(message)).status).toBe(200);
    expect(repliesTo(message.id).map((r) => r.activity.text)).toEqual([
      "Votre message n'a pas pu être traité : un problème passager de notre côté. Renvoyez-le dans un instant.",
    ]);

    proxy.restore();
    expect((await server.postActivity(message)).status).toBe(200);
    const replies = repliesTo(message.id);
    expect(replies).toHaveLength(2);
    expect(JSON.stringify(replies[1]!.activity.attachments)).toContain("Campagnes");
    // A third delivery of the same message is a duplicate now: answered once is enough.
    await server.postActivity(message);
    expect(repliesTo(message.id)).toHaveLength(2);
  });

  it("a typed message sent while storage is down is answered in the user's language, and answered for real once it is back", async () => {
    const message = personalMessage({
      serviceUrl: server.connector.url,
      from: someone(),
      text: "campaigns",
      locale: "en-US",
    });
    void proxy.outage("resetBefore");
    const started = performance.now();
    expect((await server.postActivity(message)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(repliesTo(message.id).map((r) => r.activity.text)).toEqual([
      "Your message could not be handled: a passing problem on our side. Please send it again in a moment.",
    ]);
    proxy.restore();
    await server.postActivity(message);
    expect(repliesTo(message.id)).toHaveLength(2);
    expect(JSON.stringify(repliesTo(message.id)[1]!.activity.attachments)).toContain("Campaigns");
  });

  it("a card action during an outage gets a 200 saying, in French or English, that it did not go through; trying again stores it once", async () => {
    const formId = randomUUID();
    const coordinator = someone();
    void proxy.outage("503");
    const refused = await server.postActivity(createCampaign(coordinator, formId, "fr-FR", "Médiathèque"));
    expect(refused.status).toBe(200);
    expect(answeredMessage(refused.body)).toBe(
      "Votre action n'est pas passée : un problème passager de notre côté. Réessayez dans un instant.",
    );
    const english = await server.postActivity(createCampaign(coordinator, formId, "en-US", "Médiathèque"));
    expect(english.status).toBe(200);
    expect(answeredMessage(english.body)).toBe(
      "That did not go through: a passing problem on our side. Please try again in a moment.",
    );

    proxy.restore();
    const retried = await server.postActivity(createCampaign(coordinator, formId, "fr-FR", "Médiathèque"));
    expect(answeredCard(retried.body).json).toContain(translate("fr", "recruitment.summary.title"));
    expect((await campaignIds()).filter((id) => id === formId)).toHaveLength(1);
  });

  it("a card action on a storage that stalls is answered before Teams' 5 s, and trying again works", async () => {
    const formId = randomUUID();
    const coordinator = someone();
    void proxy.outage("hold");
    const stalled = await deliver(server.url, createCampaign(coordinator, formId, "en-US", "Library"), {
      timeoutMs: 5000,
      maxDeliveries: 1,
    });
    expect(stalled.status).toBe(200);
    expect(stalled.lastMs).toBeLessThan(5000);
    expect(answeredMessage(stalled.body)).toContain("did not go through");

    proxy.restore();
    const retried = await deliver(server.url, createCampaign(coordinator, formId, "en-US", "Library"), {
      timeoutMs: 5000,
    });
    expect(answeredCard(retried.body).json).toContain("Library");
    expect((await campaignIds()).filter((id) => id === formId)).toHaveLength(1);
  }, 20_000);

  it("under 20% storage faults, every message and action gets a clear answer, and the ones retried are answered or stored once", async () => {
    proxy.configure({ rate: 0.2 });
    const forms = Array.from({ length: 8 }, () => randomUUID());
    const messages = Array.from({ length: 8 }, (_, i) =>
      personalMessage({
        serviceUrl: server.connector.url,
        from: someone(),
        text: i % 2 ? "aide" : "campagnes",
        locale: "fr-FR",
      }),
    );
    const unclear: string[] = [];

    const actions = forms.map(async (formId, i) => {
      const coordinator = someone();
      for (let attempt = 1; attempt <= 10; attempt++) {
        const answer = await deliver(server.url, createCampaign(coordinator, formId, "fr-FR", `Service ${i}`), {
          timeoutMs: 5000,
        });
        const body = answer.body as { type?: string; value?: unknown } | undefined;
        if (answer.status === 200 && body?.type === "application/vnd.microsoft.card.adaptive") return;
        if (
          answer.status === 200 &&
          body?.type === "application/vnd.microsoft.activity.message" &&
          String(body.value).includes("pas passée")
        )
          continue;
        unclear.push(`action ${i}: ${answer.status} ${JSON.stringify(answer.body)}`);
        return;
      }
    });
    const typed = messages.map(async (message) => {
      let current = message;
      for (let attempt = 1; attempt <= 10; attempt++) {
        const answer = await deliver(server.url, current);
        const replies = repliesTo(current.id);
        if (answer.status !== 200 || replies.length !== 1)
          return void unclear.push(`message: ${answer.status}, ${replies.length} replies`);
        if (!isTryAgain(replies[0]!.activity.text)) return;
        // Told to send it again: the user types it again (a new message).
        current = { ...message, id: `${message.id}-${attempt}` };
      }
    });
    await Promise.all([...actions, ...typed]);

    expect(unclear).toEqual([]);
    expect(proxy.faultCount).toBeGreaterThan(0);
    proxy.configure({ rate: 0 });
    const stored = await campaignIds();
    for (const formId of forms) expect(stored.filter((id) => id === formId)).toHaveLength(1);
  }, 60_000);
});

import { domainErrorMessage } from "../../../bot/src/i18n/domainText";
import { MethodJourney } from "../../support/methodJourney";
import { startTestServer, type TestServer } from "../../support/testServer";
import { uniqueTablePrefix } from "../../support/testStorage";
import { user } from "../../support/teamsActivities";
import { stageState, textOf, WorkshopHarness } from "../../support/workshopHarness";
import { translate } from "../../../bot/src/i18n/translate";

/**
 * Join-page device tokens, asked for as a phone does (POST /api/join/<code>/devices): bounded per
 * client a minute (429 with Retry-After) and in all, and per workshop in all (403), each refusal
 * said in the phone's language; the facilitator's console state shows how many devices joined.
 * Each server's campaign reaches workshop 1 as people take it: created and recruited in Teams, the
 * panel confirmed and the move made in the tab, « atelier » said in the meeting chat.
 */
jest.setTimeout(60_000);

describe("join-page devices are bounded and counted", () => {
  const coordinator = user(1, "Claire Coordinatrice");
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  async function openWorkshop(server: TestServer): Promise<{ campaignId: string; code: string }> {
    const journey = new MethodJourney(server, coordinator);
    await journey.createAndInvite();
    await journey.volunteerAll();
    await journey.confirmAgentPanel();
    await journey.move("recruitingAgents", "workshop1");
    const campaignId = journey.campaignId;
    await new WorkshopHarness(server, campaignId, 1).say(coordinator, "atelier");
    return { campaignId, code: (await stageState(server.url, campaignId, { as: coordinator.aadObjectId })).join.code };
  }

  async function register(server: TestServer, code: string, language = "fr-FR") {
    const res = await fetch(`${server.url}/api/join/${code}/devices`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": language },
      body: "{}",
    });
    const body = (await res.json()) as {
      token?: string;
      retryAfterSeconds?: number;
      error?: { code: string; message: string; params?: Record<string, string | number> };
    };
    return { status: res.status, retryAfter: res.headers.get("retry-after"), body };
  }

  const joined = async (server: TestServer, campaignId: string) =>
    (await stageState(server.url, campaignId, { as: coordinator.aadObjectId }))["devices"];

  it("per client: a few a minute (429 with Retry-After, localised), then no more in all (403)", async () => {
    let offsetMs = 0;
    const server = await startTestServer({
      clock: () => new Date(Date.now() + offsetMs),
      env: { JOIN_DEVICES_PER_CLIENT_PER_MINUTE: "3", JOIN_DEVICES_PER_CLIENT: "5", JOIN_DEVICES_PER_WORKSHOP: "50" },
    });
    servers.push(server);
    const { campaignId, code } = await openWorkshop(server);

    const first = [await register(server, code), await register(server, code), await register(server, code)];
    expect(first.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(first.map((r) => r.body.token)).size).toBe(3);

    const tooFast = await register(server, code);
    expect(tooFast.status).toBe(429);
    expect(tooFast.body.token).toBeUndefined();
    expect(tooFast.body.error?.code).toBe("joinDevice.tooMany");
    expect(Number(tooFast.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(tooFast.retryAfter)).toBeLessThanOrEqual(60);
    expect(tooFast.body.error?.params?.seconds).toBe(Number(tooFast.retryAfter));
    const seconds = Number(tooFast.retryAfter);
    expect(tooFast.body.error?.message).toBe(
      domainErrorMessage("fr", { code: "joinDevice.tooMany", params: { seconds } }),
    );
    const inEnglish = await register(server, code, "en-GB");
    expect(inEnglish.body.error?.message).toBe(
      domainErrorMessage("en", { code: "joinDevice.tooMany", params: { seconds: Number(inEnglish.retryAfter) } }),
    );

    offsetMs += 61_000;
    expect((await register(server, code)).status).toBe(201);
    expect((await register(server, code)).status).toBe(201);
    offsetMs += 61_000;
    const tooMany = await register(server, code);
    expect(tooMany.status).toBe(422);
    expect(tooMany.retryAfter).toBeNull();
    expect(tooMany.body.error?.code).toBe("joinDevice.clientLimitReached");
    expect(tooMany.body.error?.params).toEqual({ limit: 5 });

    // Refused requests let no device in: the facilitator counts exactly the five tokens handed out.
    expect(await joined(server, campaignId)).toEqual({ joined: 5, limit: 50 });
    const card = await new WorkshopHarness(server, campaignId, 1).card(coordinator, "workshop.refresh", {
      view: "facilitator",
    });
    expect(textOf(card)).toContain(translate("fr", "workshop.facilitator.devices", { count: 5 }));
  });

  it("per workshop: parallel requests on two instances sharing storage let in exactly the limit", async () => {
    const tablePrefix = uniqueTablePrefix();
    const env = {
      JOIN_DEVICES_PER_CLIENT_PER_MINUTE: "100",
      JOIN_DEVICES_PER_CLIENT: "100",
      JOIN_DEVICES_PER_WORKSHOP: "4",
    };
    const a = await startTestServer({ tablePrefix, env });
    servers.push(a);
    const b = await startTestServer({ tablePrefix, env });
    servers.push(b);
    const { campaignId, code } = await openWorkshop(a);

    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => register(i % 2 === 0 ? a : b, code, i % 3 === 0 ? "en-US" : "fr-FR")),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(4);
    const refused = answers.filter((r) => r.status !== 201);
    expect(refused.map((r) => [r.status, r.body.error?.code])).toEqual(
      Array.from({ length: 6 }, () => [422, "joinDevice.workshopFull"]),
    );
    expect(refused.every((r) => /\(4\)/.test(r.body.error?.message ?? ""))).toBe(true);

    expect(await joined(a, campaignId)).toEqual({ joined: 4, limit: 4 });
    expect(await joined(b, campaignId)).toEqual({ joined: 4, limit: 4 });
  });
});

import type { BrowserContext, Page } from "playwright-core";
import { executeInvoke } from "../../support/recruitmentActivities";
import { TabSession } from "../../support/tabApi";
import { createCampaignInChannel, inviteInChannel, mustCard } from "../../support/channelCampaign";
import { TEAM_ID, user } from "../../support/teamsActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * The coordinator follows 1:1 invitations in the tab: the campaign is created in the team channel,
 * « inviter » then « Inviter aussi chaque membre en message privé » queues one invitation per team
 * member, and the real outbox worker sends them to the recording connector, which refuses one member
 * for good (app not installed) and another once. No storage is touched.
 */
jest.setTimeout(60_000);
const env = serverAndBrowser({ OUTBOX_POLL_MS: "100", OUTBOX_MAX_ATTEMPTS: "1", OUTBOX_BACKOFF_BASE_MS: "20" });
const coordinator = user(1, "Claire Coordinatrice");
let context: BrowserContext;
let page: Page;
let campaignId: string;
const members = Array.from({ length: 5 }, (_, i) => user(800 + i, `Agent ${800 + i}`));

interface Progress {
  progress: { pending: number; sent: number; failed: number; unreachable: number };
}

/** The outbox's progress as the recruitment page reads it, once nothing is pending. */
async function settled(): Promise<Progress> {
  const tab = new TabSession(env.server.url, coordinator.aadObjectId);
  for (;;) {
    const answer = await tab.get(`/api/campaigns/${encodeURIComponent(campaignId)}/outbox`);
    if (answer.status !== 200) throw new Error(`GET outbox: ${answer.status}`);
    const view = answer.body as Progress;
    if (view.progress.pending === 0) return view;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const serviceUrl = env.server.connector.url;
  // The team's roster, as Teams lists it to the bot: the five agents the invitations go to.
  env.server.connector.members.set(
    TEAM_ID,
    members.map((m) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId })),
  );
  env.server.connector.refusedMembers.set(members[3]!.id, 403);
  env.server.connector.refusedMembers.set(members[4]!.id, 502);
  campaignId = await createCampaignInChannel(env.server, coordinator, {
    name: "Service funéraire",
    approach: "thematic",
    services: "Service funéraire",
  });
  // « inviter », then the controls card's button that invites every member 1:1.
  const invite = await inviteInChannel(env.server, coordinator);
  if (!invite.controlsId) throw new Error("« inviter » posted no controls");
  const formId = /"verb":"recruitment\.inviteAll"[^}]*"formId":"([^"]+)"/.exec(JSON.stringify(invite.controls))?.[1];
  if (!formId) throw new Error("no « inviter chaque membre » on the controls card");
  mustCard(
    await env.server.postActivity(
      executeInvoke({
        serviceUrl,
        from: coordinator,
        verb: "recruitment.inviteAll",
        data: { campaignId, formId },
        locale: "fr-FR",
        replyToId: invite.controlsId,
        conversationId: invite.thread,
      }),
    ),
    "invite every member",
  );
  expect((await settled()).progress).toMatchObject({ sent: 3, failed: 1, unreachable: 1 });
});

/** A browser context as the coordinator (local mode: the identity is the cookie the banner's switch sets). */
async function asCoordinator(locale: string): Promise<BrowserContext> {
  // axe is injected as a script: the CSP would rightly refuse it.
  const c = await env.browser.newContext({ locale, bypassCSP: true });
  await c.addCookies([
    { name: "ve-local-user", value: encodeURIComponent(coordinator.aadObjectId), url: env.server.url },
  ]);
  return c;
}

beforeEach(async () => {
  context = await asCoordinator("fr-FR");
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

describe("the outbox section of the recruitment page", () => {
  it("shows how far sending got, who was not reached and why", async () => {
    await page.goto(`${env.server.url}/recruitment/${campaignId}?section=messages`);
    await page.getByRole("heading", { level: 2, name: "Envois individuels" }).waitFor();
    await page.getByText("3 envoyé(s), 0 en attente, 1 en échec, 1 injoignable(s), sur 5.").first().waitFor();
    const failures = page.getByRole("table", { name: "Messages non remis" });
    const rows = await failures.getByRole("row").allInnerTexts();
    expect(rows.find((r) => r.includes("Agent 803"))).toContain("Injoignable");
    expect(rows.find((r) => r.includes("Agent 804"))).toContain("Échec après 1 tentative(s).");
    expect(rows.some((r) => r.includes("Agent 800"))).toBe(false);
    expect(await page.getByRole("progressbar", { name: "Invitation à se porter volontaire" }).count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
  });

  it("resends the dead letters on request and follows them until they are sent", async () => {
    env.server.connector.refusedMembers.delete(members[4]!.id);
    await page.goto(`${env.server.url}/recruitment/${campaignId}?section=messages`);
    await page.getByRole("button", { name: "Renvoyer les échecs" }).click();
    await page.getByText("1 message(s) remis dans la file d'envoi.").waitFor();
    // The page refreshes itself while something is pending.
    await page
      .getByText("4 envoyé(s), 0 en attente, 0 en échec, 1 injoignable(s), sur 5.")
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await page.getByRole("button", { name: "Renvoyer les échecs" }).count()).toBe(0);
    // The member who cannot be reached is not retried.
    expect(
      env.server.connector.activities.filter((a) => a.conversationId === `a:personal-${members[3]!.id}`),
    ).toHaveLength(0);
  });

  it("speaks English", async () => {
    const english = await asCoordinator("en-GB");
    const p = await english.newPage();
    await p.goto(`${env.server.url}/recruitment/${campaignId}?section=messages`);
    await p.getByRole("heading", { level: 2, name: "Individual messages" }).waitFor();
    await p.getByText(/Unreachable: the app is not installed/).waitFor();
    await english.close();
  });
});

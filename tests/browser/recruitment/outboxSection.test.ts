import type { BrowserContext, Page } from "playwright-core";
import { enqueue } from "../../../bot/src/services/outbox/outboxService";
import { invitationJobId } from "../../../bot/src/services/recruitment/invitations";
import { OutboxRepository } from "../../../bot/src/storage/outbox/outboxRepository";
import { user } from "../../support/teamsActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * The coordinator follows 1:1 invitations in the tab: the real outbox worker sends them to the
 * recording connector, which refuses one member for good (app not installed) and another once.
 */
const env = serverAndBrowser({ OUTBOX_POLL_MS: "100", OUTBOX_MAX_ATTEMPTS: "1", OUTBOX_BACKOFF_BASE_MS: "20" });
let context: BrowserContext;
let page: Page;
let campaignId: string;
const members = Array.from({ length: 5 }, (_, i) => user(800 + i, `Agent ${800 + i}`));

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${env.server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return (await res.json()) as T;
}

interface Progress {
  progress: { pending: number; sent: number; failed: number; unreachable: number };
}

async function settled(): Promise<Progress> {
  for (;;) {
    const view = await api<Progress>("GET", `/api/campaigns/${campaignId}/outbox`);
    if (view.progress.pending === 0) return view;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  // Local mode: the tab's caller is "local-user", who creates and so coordinates this campaign.
  campaignId = (
    await api<{ campaign: { id: string } }>("POST", "/api/campaigns", {
      name: "Service funéraire",
      approach: "thematic",
      services: ["Service funéraire"],
    })
  ).campaign.id;
  env.server.connector.refusedMembers.set(members[3]!.id, 403);
  env.server.connector.refusedMembers.set(members[4]!.id, 502);
  await enqueue(new OutboxRepository(env.server.app.tables), {
    jobId: invitationJobId(campaignId),
    ownerId: campaignId,
    kind: "invitation",
    origin: { serviceUrl: env.server.connector.url, tenantId: "tenant", botId: "28:bot" },
    recipients: members.map((m) => ({ teamsId: m.id, aadObjectId: m.aadObjectId, name: m.name })),
    message: () => ({ text: "Appel à volontaires" }),
    now: new Date(),
  });
  expect((await settled()).progress).toMatchObject({ sent: 3, failed: 1, unreachable: 1 });
});

beforeEach(async () => {
  // axe is injected as a script: the CSP would rightly refuse it.
  context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
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
    const english = await env.browser.newContext({ locale: "en-GB", bypassCSP: true });
    const p = await english.newPage();
    await p.goto(`${env.server.url}/recruitment/${campaignId}?section=messages`);
    await p.getByRole("heading", { level: 2, name: "Individual messages" }).waitFor();
    await p.getByText(/Unreachable: the app is not installed/).waitFor();
    await english.close();
  });
});

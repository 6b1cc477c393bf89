import type { BrowserContext, Page } from "playwright-core";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * The usager's personal link on a phone. The campaign is created, planned and its usagers nominated
 * through the tab's API as the coordinator's pages call it (local mode: the caller without a cookie is
 * "local-user", who creates and so coordinates it); what the usagers answered is read back as the
 * coordinator sees it in the tab (the usagers view) and as the usager sees it on their link: no storage is touched.
 */
const env = serverAndBrowser();

let context: BrowserContext;
let page: Page;
let campaignId: string;

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${env.server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as T };
}

interface UsagerRow {
  id: string;
  name: string;
  status: string;
  profile?: unknown;
  hasContact: boolean;
  selected: boolean;
}

/** One usager as the coordinator sees them in the tab's usagers view. */
async function usagerSeen(name: string): Promise<UsagerRow | undefined> {
  const view = await api<{ usagers: UsagerRow[] }>("GET", `/api/campaigns/${campaignId}/usagers`);
  expect(view.status).toBe(200);
  return view.body.usagers.find((u) => u.name === name);
}

async function nominate(
  name: string,
  notes: Record<string, string> = { kind: "individual", ageBand: "55plus" },
): Promise<string> {
  const res = await api<{ link: string }>("POST", `/api/campaigns/${campaignId}/usagers`, {
    name,
    ...notes,
  });
  expect(res.status).toBe(201);
  return res.body.link;
}

beforeAll(async () => {
  campaignId = (
    await api<{ campaign: { id: string } }>("POST", "/api/campaigns", {
      name: "Mairie de quartier",
      approach: "thematic",
      services: ["Mairie de quartier"],
    })
  ).body.campaign.id;
});

afterEach(async () => {
  await context?.close();
});

async function phone(locale: string) {
  // A phone-sized screen, no Teams around the page; axe is injected, hence bypassCSP.
  context = await env.browser.newContext({
    locale,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    bypassCSP: true,
  });
  page = await context.newPage();
}

describe("the usager's confirmation link", () => {
  it("lets an usager accept on a phone, in French, with bands and consent; refusing without consent first", async () => {
    const link = await nominate("Mme Schmitt");
    expect(link).toMatch(/\/confirm\/[A-Za-z0-9_-]{32}$/);
    await phone("fr-FR");
    await page.goto(link);
    await page.getByText("Bonjour Mme Schmitt,").waitFor();
    // The title wraps on a phone: its lines must not print over each other.
    const title = await page.getByRole("heading", { level: 1 }).evaluate((h) => {
      const style = (
        globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string; fontSize: string } }
      ).getComputedStyle(h);
      return {
        line: parseFloat(style.lineHeight),
        size: parseFloat(style.fontSize),
        height: h.getBoundingClientRect().height,
      };
    });
    expect(title.line).toBeGreaterThanOrEqual(title.size);
    expect(title.height).toBeGreaterThan(title.size * 2);
    expect(await runAxe(page)).toEqual([]);
    // The agent's notes are pre-filled; the usager completes the rest.
    expect(await page.getByRole("radio", { name: "55 ans et plus" }).isChecked()).toBe(true);
    await page.getByRole("radio", { name: "femme" }).check();
    await page.getByRole("radio", { name: "régulièrement" }).check();
    await page.getByRole("button", { name: "Je participe" }).press("Enter");
    await page.getByRole("alert").filter({ hasText: "Merci de cocher la case de consentement" }).first().waitFor();
    // From the keyboard, as someone using a screen reader on a phone would.
    await page.getByRole("checkbox").focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Je participe" }).press("Enter");
    await page.getByRole("status").filter({ hasText: "Merci ! Votre participation est enregistrée" }).first().waitFor();
    const stored = await usagerSeen("Mme Schmitt");
    expect(stored).toMatchObject({
      status: "accepted",
      profile: { kind: "individual", ageBand: "55plus", sex: "female", frequency: "regular" },
    });
  });

  it("lets an usager decline in English, which erases what the agent noted", async () => {
    const link = await nominate("Mr Weber", { contact: "06 11 22 33 44", kind: "individual", ageBand: "55plus" });
    const token = link.split("/confirm/")[1]!;
    // What the agent noted is there before the answer: the link pre-fills it.
    expect((await api<{ hint: unknown }>("GET", `/api/confirm/${token}`)).body.hint).toEqual({
      kind: "individual",
      ageBand: "55plus",
    });
    await phone("en-GB");
    await page.goto(link);
    await page
      .getByRole("button", { name: "English" })
      .click()
      .catch(() => undefined);
    await page.getByRole("button", { name: /I do not take part|Je ne participe pas/ }).click();
    await page.getByText(/Noted, thank you|C'est noté/).waitFor();
    const stored = await usagerSeen("Mr Weber");
    expect(stored?.status).toBe("declined");
    expect(stored?.profile).toBeUndefined();
    expect(stored?.hasContact).toBe(false);
    // The agent's notes are gone: the link itself no longer knows them.
    const own = await api<{ status: string; hint: unknown; profile?: unknown }>("GET", `/api/confirm/${token}`);
    expect(own.body.status).toBe("declined");
    expect(own.body.hint).toEqual({});
    expect(own.body.profile).toBeUndefined();
  });

  it("tells an usager on their link that they are selected, with the workshop date and meeting link, or thanks those not selected, in their language", async () => {
    const accept = async (name: string) => {
      const link = await nominate(name);
      const token = link.split("/confirm/")[1]!;
      expect(
        (
          await api("POST", `/api/confirm/${token}`, {
            answer: "accept",
            kind: "individual",
            ageBand: "55plus",
            sex: "male",
            frequency: "occasional",
            consent: true,
          })
        ).status,
      ).toBe(200);
      const usager = (await usagerSeen(name))!;
      expect(usager.status).toBe("accepted");
      return { link, id: usager.id };
    };
    const chosen = await accept("M. Keller");
    const other = await accept("Ms Fischer");
    // Workshop 2's date and meeting, as the campaign page's form sends them.
    expect(
      (
        await api("PATCH", `/api/campaigns/${campaignId}`, {
          workshop2: "2027-06-10T14:00:00.000Z",
          meetingUrl2: "https://teams.microsoft.com/l/meetup-join/atelier2",
        })
      ).status,
    ).toBe(200);
    expect(
      (await api("POST", `/api/campaigns/${campaignId}/usagers/panel/confirm`, { selectedIds: [chosen.id] })).status,
    ).toBe(200);
    expect((await usagerSeen("M. Keller"))?.selected).toBe(true);
    expect((await usagerSeen("Ms Fischer"))?.selected).toBe(false);

    await phone("fr-FR");
    await page.goto(chosen.link);
    await page
      .getByRole("status")
      .filter({ hasText: "Vous êtes retenu·e pour l'atelier des usagers" })
      .first()
      .waitFor();
    expect(await page.getByText(/jeudi 10 juin 2027 à 16:00/).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Rejoindre la réunion" }).getAttribute("href")).toBe(
      "https://teams.microsoft.com/l/meetup-join/atelier2",
    );
    expect(await runAxe(page)).toEqual([]);
    await context.close();

    await phone("en-GB");
    await page.goto(other.link);
    await page
      .getByRole("button", { name: "English" })
      .click()
      .catch(() => undefined);
    await page.getByText(/you are not in it this time|vous n'y êtes pas cette fois-ci/).waitFor();
    expect(await page.getByRole("link", { name: /Join the meeting|Rejoindre la réunion/ }).count()).toBe(0);
  });

  it("shows usagers no staff navigation, no session and no local-mode banner, but a language choice", async () => {
    const link = await nominate("M. Bauer");
    await phone("fr-FR");
    const calls: string[] = [];
    page.on("request", (r) => calls.push(new URL(r.url()).pathname));
    await page.goto(link);
    await page.getByText("Bonjour M. Bauer,").waitFor();
    expect(await page.getByRole("navigation").count()).toBe(0);
    expect(await page.getByTestId("local-mode-banner").count()).toBe(0);
    expect(await page.getByText(/Session de/).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Vivre ensemble le service public" }).count()).toBe(0);
    // Nothing asks the authenticated API: in production these calls would only fail.
    expect(calls.filter((c) => c.startsWith("/api/") && !c.startsWith("/api/confirm/"))).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("Hello M. Bauer,").waitFor();
  });

  it("says plainly when a link is wrong, without revealing anything", async () => {
    await phone("fr-FR");
    await page.goto(`${env.server.url}/confirm/${"x".repeat(32)}`);
    await page.getByText(/Ce lien n'est pas valide/).waitFor();
  });
});

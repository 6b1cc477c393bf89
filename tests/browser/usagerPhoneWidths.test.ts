import type { BrowserContext, Page } from "playwright-core";
import { executeInvoke } from "../support/recruitmentActivities";
import { user } from "../support/teamsActivities";
import { serverAndBrowser } from "./support/serverAndBrowser";

/**
 * Usagers open their pages on a phone, often a small one: no page of theirs may scroll sideways,
 * whatever it shows after each thing they can do there. Each state is measured at 320 px (the
 * narrowest phones still in use) and 390 px (a common phone), and every overflow is listed at once.
 * The states are reached as people reach them: the tab's API (local mode, caller "local-user"),
 * Teams activities on /api/messages, and the public pages themselves.
 */
const env = serverAndBrowser();
// The pages open at 390 px; that width is measured first, as the usager sees the page, then 320 px.
const WIDTHS = [390, 320] as const;

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function phone(locale = "fr-FR"): Promise<Page> {
  context = await env.browser.newContext({ locale, viewport: { width: WIDTHS[0], height: 844 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

interface Width {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** The element reaching furthest right, to say what overflows. */
  readonly widest: string;
}

/** The document's width against the window's, at each phone width; returns the overflows found. */
async function sideScroll(page: Page, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    const m = await page.evaluate(
      () =>
        new Promise<Width>((resolve) => {
          type El = { getBoundingClientRect(): { right: number }; tagName: string; className: unknown; textContent: string | null };
          const g = globalThis as unknown as {
            document: { scrollingElement: { scrollWidth: number }; querySelectorAll(s: string): ArrayLike<El> };
            innerWidth: number;
            requestAnimationFrame(f: () => void): void;
          };
          // Two frames: the new width is laid out before it is read. The deepest element reaching furthest
          // right names the culprit.
          g.requestAnimationFrame(() =>
            g.requestAnimationFrame(() => {
              let widest = "";
              let right = 0;
              for (const el of Array.from(g.document.querySelectorAll("body *"))) {
                const r = el.getBoundingClientRect().right;
                if (r >= right) {
                  right = r;
                  widest = `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} « ${(el.textContent ?? "").slice(0, 40)} »`;
                }
              }
              resolve({ scrollWidth: g.document.scrollingElement.scrollWidth, innerWidth: g.innerWidth, widest });
            }),
          );
        }),
    );
    // A phone zooms a too-wide page out until it fits, which widens innerWidth with it: the
    // document is held to the screen's width as well.
    if (m.scrollWidth > Math.min(m.innerWidth, width)) found.push(`${state} at ${width} px: ${m.scrollWidth} px wide (${m.widest})`);
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 844 });
  return found;
}

async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${env.server.url}${path}`, { method, headers: { "Content-Type": "application/json", "Accept-Language": "fr-FR" }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as T };
}

async function created(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await api("POST", path, body);
  expect([200, 201]).toContain(res.status);
  return res.body;
}

describe("usager pages on a phone: no sideways scrolling", () => {
  it("the confirmation link: the form, a refusal, accepting, declining, the panel's outcome, workshop 3's question and a change of mind", async () => {
    const overflows: string[] = [];
    // Long names and a long campaign name, as in real services.
    const campaignId = ((await created("/api/campaigns", { name: "Maison de services au public de Strasbourg-Hautepierre", approach: "thematic", services: ["Accueil des familles et état civil"], panelSize: 4 }))["campaign"] as { id: string }).id;
    const agents = [user(71, "Agent Un"), user(72, "Agente Deux")];
    const profiles = [
      { ageBand: "under30", sex: "female", category: "C", staffKind: "technical" },
      { ageBand: "55plus", sex: "male", category: "B", staffKind: "administrative" },
    ];
    for (const [i, agent] of agents.entries()) {
      const res = await env.server.postActivity(executeInvoke({ serviceUrl: env.server.connector.url, from: agent, verb: "recruitment.saveProfile", data: { campaignId, ...profiles[i], consent: "true" }, locale: "fr-FR" }));
      expect(res.status).toBe(200);
    }
    expect((await api("POST", `/api/campaigns/${campaignId}/panel/confirm`, { selectedIds: agents.map((a) => a.aadObjectId) })).status).toBe(200);
    const nominate = async (name: string) => (await created(`/api/campaigns/${campaignId}/usagers`, { name, kind: "individual", ageBand: "55plus" }))["link"] as string;
    const chosen = await nominate("Mme Marie-Christine Oberkirchner-Schmittheisler");
    const declining = await nominate("M. Jean-Baptiste Heckenbach");
    const other = await nominate("Mme Lucie Wendling");

    const page = await phone();
    await page.goto(chosen);
    await page.getByText(/Bonjour Mme Marie-Christine/).waitFor();
    overflows.push(...(await sideScroll(page, "confirm: the form")));
    await page.getByRole("radio", { name: "femme" }).check();
    await page.getByRole("radio", { name: "régulièrement" }).check();
    await page.getByRole("button", { name: "Je participe" }).press("Enter");
    await page.getByRole("alert").filter({ hasText: "consentement" }).first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: refused without consent")));
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Je participe" }).press("Enter");
    await page.getByRole("status").filter({ hasText: "Merci ! Votre participation est enregistrée" }).first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: accepted")));

    await page.goto(declining);
    await page.getByRole("button", { name: "Je ne participe pas" }).press("Enter");
    await page.getByText(/C'est noté/).first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: declined")));

    const token = other.split("/confirm/")[1]!;
    expect((await api("POST", `/api/confirm/${token}`, { answer: "accept", kind: "business", ageBand: "30to44", sex: "female", frequency: "occasional", consent: true })).status).toBe(200);
    // Workshop 2's date and Teams meeting, as the coordinator sets them; then the usager panel.
    expect((await api("PATCH", `/api/campaigns/${campaignId}`, { workshop2: "2027-06-10T14:00:00.000Z", meetingUrl2: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${"N2Q4ZjY1".repeat(12)}%40thread.v2/0` })).status).toBe(200);
    const usagers = (await api<{ usagers: { id: string; name: string }[] }>("GET", `/api/campaigns/${campaignId}/usagers`)).body.usagers;
    const chosenId = usagers.find((u) => u.name.startsWith("Mme Marie-Christine"))!.id;
    expect((await api("POST", `/api/campaigns/${campaignId}/usagers/panel/confirm`, { selectedIds: [chosenId] })).status).toBe(200);
    await page.goto(chosen);
    await page.getByText("Vous êtes retenu·e pour l'atelier des usagers").first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: selected, with the date and the meeting link")));
    await page.goto(other);
    await page.getByText(/vous n'y êtes pas cette fois-ci/).first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: not selected")));

    expect((await api("POST", `/api/campaigns/${campaignId}/mixed/open`)).status).toBe(200);
    await page.goto(chosen);
    await page.getByRole("heading", { name: /atelier 3/ }).waitFor();
    overflows.push(...(await sideScroll(page, "confirm: workshop 3's question")));
    await page.getByRole("button", { name: "Oui, je participe à l'atelier 3" }).press("Enter");
    await page.getByText("C'est noté : vous êtes volontaire pour l'atelier 3.").waitFor();
    overflows.push(...(await sideScroll(page, "confirm: workshop 3, yes")));
    await page.getByRole("button", { name: "Non merci" }).press("Enter");
    await page.getByText("C'est noté : vous ne participerez pas à l'atelier 3.").first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: workshop 3, changed to no")));
    await page.getByRole("button", { name: "Oui, je participe à l'atelier 3" }).press("Enter");
    await page.getByText("C'est noté : vous êtes volontaire pour l'atelier 3.").waitFor();
    expect((await api("POST", `/api/campaigns/${campaignId}/mixed/confirm`, { agentIds: [], usagerIds: [chosenId] })).status).toBe(200);
    await page.reload();
    await page.getByRole("heading", { name: /atelier 3/ }).waitFor();
    overflows.push(...(await sideScroll(page, "confirm: workshop 3's panel settled")));

    expect(overflows).toEqual([]);
  }, 60_000);
});

import type { BrowserContext, Page } from "playwright-core";
import type { AgentProfile } from "../../../bot/src/domain/profiles";
import { VolunteerRepository, type VolunteerRecord } from "../../../bot/src/storage/recruitment/volunteerRepository";
import { user } from "../../support/teamsActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

const env = serverAndBrowser();

let context: BrowserContext;
let page: Page;
let campaignId: string;

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${env.server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return (await res.json()) as { campaign: { id: string } };
}

beforeAll(async () => {
  // Local mode: the tab's caller is "local-user", who creates and so coordinates this campaign.
  campaignId = (
    await api("POST", "/api/campaigns", {
      name: "Service funéraire",
      approach: "thematic",
      services: ["Service funéraire"],
    })
  ).campaign.id;
  await api("PATCH", `/api/campaigns/${campaignId}`, { makeupCsv: "category;count\nA;2\nB;2\nC;4\n" });
  const repo = new VolunteerRepository(env.server.app.tables);
  const at = new Date().toISOString();
  const profiles: AgentProfile[] = [
    ...Array.from({ length: 7 }, (): AgentProfile => ({
      ageBand: "30to44",
      sex: "female",
      category: "C",
      staffKind: "technical",
    })),
    { ageBand: "45to54", sex: "male", category: "B", staffKind: "administrative" },
    { ageBand: "55plus", sex: "female", category: "A", staffKind: "administrative" },
  ];
  for (const [i, profile] of profiles.entries()) {
    const u = user(700 + i, `Agent ${700 + i}`);
    const record: VolunteerRecord = {
      campaignId,
      aadObjectId: u.aadObjectId,
      teamsId: u.id,
      name: u.name,
      locale: "fr",
      status: "volunteered",
      profile,
      consentAt: at,
      createdAt: at,
      updatedAt: at,
    };
    await repo.upsertWith(record, () => record);
  }
});

beforeEach(async () => {
  // axe is injected as a script: the CSP would rightly refuse it.
  context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

describe("the recruitment page (coordinator)", () => {
  it("shows volunteers against the make-up as charts with text alternatives, and the proposed panel", async () => {
    await page.goto(`${env.server.url}/recruitment/${campaignId}`);
    await page.getByRole("heading", { level: 1, name: /Recrutement des panels/ }).waitFor();
    expect(await page.getByText("9 volontaire(s)").count()).toBe(1);
    const chart = page.getByRole("img", { name: /Catégorie/ });
    expect(await chart.getAttribute("aria-label")).toContain("C — Volontaires 7");
    expect(await page.getByRole("checkbox").count()).toBe(9);
    expect(await page.getByRole("checkbox", { checked: true }).count()).toBe(8);
    expect(await runAxe(page)).toEqual([]);
  });

  it("updates the balance when a person is swapped, from the keyboard, then confirms", async () => {
    await page.goto(`${env.server.url}/recruitment/${campaignId}`);
    const status = page.getByText(/sélectionné\(s\) sur 8/);
    await status.waitFor();
    await page.getByText(/Écart maximal/).waitFor();
    const before = await status.innerText();
    const box = page.getByRole("checkbox", { checked: true }).first();
    await box.focus();
    await page.keyboard.press("Space");
    await page.getByText(/7 sélectionné\(s\) sur 8/).waitFor();
    expect(await status.innerText()).not.toEqual(before);
    await page.getByRole("button", { name: "Revenir à la proposition" }).click();
    await page.getByText(/8 sélectionné\(s\) sur 8/).waitFor();
    await page.getByRole("button", { name: /Confirmer le panel/ }).click();
    await page.getByText(/Panel confirmé/).waitFor();
  });

  it("puts each recruitment step in a tab, reachable from the keyboard, and keeps the chosen tab in the address", async () => {
    await page.goto(`${env.server.url}/recruitment/${campaignId}`);
    const tabs = page.getByRole("tablist", { name: "Étapes du recrutement" });
    await tabs.waitFor();
    expect(await tabs.getByRole("tab").allInnerTexts()).toEqual([
      "Panel des agents",
      "Panel des usagers",
      "Panel mixte (atelier 3)",
      "Envois individuels",
    ]);
    expect(await page.getByRole("tab", { name: "Panel des agents" }).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("tab", { name: "Panel des agents" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page
      .getByRole("tabpanel")
      .getByRole("heading", { name: "Inscrire un usager rencontré en personne" })
      .waitFor();
    expect(new URL(page.url()).searchParams.get("section")).toBe("usagers");
    await page.reload();
    await page.getByRole("heading", { name: "Inscrire un usager rencontré en personne" }).waitFor();
    expect(await page.getByRole("tab", { name: "Panel des usagers" }).getAttribute("aria-selected")).toBe("true");
    expect(await runAxe(page)).toEqual([]);
  });
});

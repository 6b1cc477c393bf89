import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { TabSession } from "../../support/tabApi";
import { user } from "../../support/teamsActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

jest.setTimeout(60_000);
const env = serverAndBrowser();
let context: BrowserContext;
let page: Page;
const files = mkdtempSync(join(tmpdir(), "setup-csv-"));

/** The tab's API as the browser calls it here (local mode, no identity cookie: the default local caller). */
async function read<T>(path: string): Promise<T> {
  const res = await fetch(`${env.server.url}${path}`, { headers: { Accept: "application/json" } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

interface CampaignView {
  campaign: Record<string, unknown> & { workshops: Record<string, unknown> };
  makeup?: unknown;
}

function csv(name: string, text: string): string {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
}

async function open(locale: string, path: string) {
  // axe is injected as a script: the CSP would rightly refuse it.
  context = await env.browser.newContext({ locale, bypassCSP: true });
  page = await context.newPage();
  await page.goto(env.server.url + path);
}

afterEach(async () => {
  await context?.close();
});

describe("the campaign set-up form (local mode: the caller coordinates what they create)", () => {
  it("creates a campaign from the home page: live spacing warning, a bad CSV line named with every field kept, then the recruitment page", async () => {
    await open("fr-FR", "/");
    await page.getByRole("link", { name: "Nouvelle campagne" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvelle campagne" }).waitFor();
    expect(await runAxe(page)).toEqual([]);

    await page.getByLabel("Nom de la campagne").fill("Maison de Hautepierre — 2027");
    await page.getByRole("radio", { name: /Territoriale/ }).check();
    await page.getByRole("textbox", { name: /^Site/ }).fill("Maison de Hautepierre");
    await page.getByLabel("Service(s)").fill("Centre de santé, Mairie de quartier");
    expect(await page.getByLabel("Taille des panels").inputValue()).toBe("8");
    await page.getByLabel("Atelier 1 — agents").fill("2027-03-02");
    await page.getByLabel("Atelier 2 — usagers").fill("2027-03-09");
    const warning = page.getByText(/7 jour\(s\) seulement/);
    await warning.waitFor();
    // The warning is tied to the date it is about.
    const described = await page.getByLabel("Atelier 2 — usagers").getAttribute("aria-describedby");
    expect(described).toContain(await warning.getAttribute("id"));
    await page.getByLabel("Atelier 2 — usagers").fill("2027-03-23");
    await warning.waitFor({ state: "detached" });

    await page.getByRole("radio", { name: "Importer un fichier CSV" }).check();
    await page
      .getByLabel(/Fichier CSV de la composition/)
      .setInputFiles(csv("bad.csv", "age_band;sex;category;count\n30-44;F;C;12\n55+;H;Z;3\n"));
    await page.getByText(/Fichier « bad.csv » lu : 3 ligne/).waitFor();
    await page.getByRole("button", { name: "Créer la campagne" }).click();
    const error = page.getByTestId("setup-error");
    await error.waitFor();
    expect(await error.innerText()).toMatch(/[Ll]igne 3/);
    const fileInput = page.getByLabel(/Fichier CSV de la composition/);
    expect(await fileInput.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Nom de la campagne").inputValue()).toBe("Maison de Hautepierre — 2027");
    expect(await page.getByRole("textbox", { name: /^Site/ }).inputValue()).toBe("Maison de Hautepierre");
    expect(await page.getByLabel("Atelier 2 — usagers").inputValue()).toBe("2027-03-23");
    expect(page.url()).toMatch(/\/setup$/);
    expect(await runAxe(page)).toEqual([]);

    await fileInput.setInputFiles(csv("good.csv", "age_band;sex;category;count\n30-44;F;C;12\n55+;H;A;3\n"));
    await page.getByRole("button", { name: "Créer la campagne" }).click();
    await page
      .getByRole("heading", { level: 1, name: /Recrutement des panels — Maison de Hautepierre — 2027/ })
      .waitFor();
    const id = new URL(page.url()).pathname.split("/")[2] ?? "";
    // What was saved, as the edit form reads it back; and the refused attempt created nothing.
    const saved = await read<CampaignView>(`/api/campaigns/${id}`);
    expect(saved.campaign).toMatchObject({
      approach: "territorial",
      site: "Maison de Hautepierre",
      services: ["Centre de santé", "Mairie de quartier"],
      panelSize: 8,
    });
    const { campaigns } = await read<{ campaigns: { name: string }[] }>("/api/campaigns");
    expect(campaigns.filter((c) => c.name === "Maison de Hautepierre — 2027")).toHaveLength(1);
  });

  it("edits the dates, meeting link and typed make-up of a campaign from its card, with the live warning", async () => {
    const res = await fetch(`${env.server.url}/api/campaigns`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        name: "Médiathèque — 2027",
        approach: "thematic",
        services: ["Médiathèque"],
        workshop1: "2027-03-02",
        workshop2: "2027-03-23",
      }),
    });
    const id = ((await res.json()) as { campaign: { id: string } }).campaign.id;
    await open("fr-FR", "/");
    const card = page.locator(`[data-campaign-id="${id}"]`);
    await card.getByRole("link", { name: "Modifier" }).click();
    await page.getByRole("heading", { level: 1, name: "Modifier la campagne" }).waitFor();
    expect(await page.getByLabel("Atelier 2 — usagers").inputValue()).toBe("2027-03-23");
    await page.getByLabel("Atelier 2 — usagers").fill("2027-05-10");
    await page.getByText(/Visez de 15 à 31 jours/).waitFor();
    await page.getByLabel("Atelier 2 — usagers").fill("2027-03-30");
    await page.getByLabel("Lien de la réunion Teams — atelier 2").fill("https://teams.microsoft.com/l/meetup-join/abc");
    await page.getByRole("radio", { name: "La saisir" }).check();
    await page.getByLabel("Catégorie, ligne 1").selectOption("C");
    await page.getByLabel("Effectif, ligne 1").fill("12");
    await page.getByRole("button", { name: "Ajouter une ligne" }).click();
    await page.getByLabel("Catégorie, ligne 2").selectOption("A");
    await page.getByLabel("Effectif, ligne 2").fill("4");
    expect(await runAxe(page)).toEqual([]);
    await page.getByLabel("Effectif, ligne 2").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /Recrutement des panels/ }).waitFor();
    const view = await read<CampaignView>(`/api/campaigns/${id}`);
    expect(view.campaign.workshops[2]).toMatchObject({
      plannedAt: "2027-03-30T08:00:00.000Z",
      meetingUrl: "https://teams.microsoft.com/l/meetup-join/abc",
    });
    expect(view.makeup).toEqual([
      { match: { category: "C" }, count: 12 },
      { match: { category: "A" }, count: 4 },
    ]);
  });

  it("speaks English, and shows a campaign read-only to someone who does not coordinate it", async () => {
    // A campaign someone else creates, and so coordinates, in their own tab.
    const created = await new TabSession(env.server.url, user(900, "Dominique Autre").aadObjectId).post(
      "/api/campaigns",
      { name: "Piscine — 2027", approach: "thematic", services: ["Piscine"] },
    );
    expect(created.status).toBe(201);
    const other = created.body.campaign as { id: string };
    await open("en-GB", "/");
    const card = page.locator(`[data-campaign-id="${other.id}"]`);
    await card.waitFor();
    expect(await card.getByRole("link", { name: "Edit" }).count()).toBe(0);
    await page.getByRole("link", { name: "New campaign" }).click();
    await page.getByRole("heading", { level: 1, name: "New campaign" }).waitFor();
    await page.getByLabel("Workshop 1 — agents").fill("2027-03-02");
    await page.getByLabel("Workshop 2 — usagers").fill("2027-03-01");
    await page.getByText(/planned before the agents' workshop/).waitFor();
    await page.getByLabel("Campaign name").fill("X");
    await page.getByLabel("Service(s)").fill("Pool");
    await page.getByRole("button", { name: "Create the campaign" }).click();
    await page
      .getByTestId("setup-error")
      .getByText(/between 3 and 120 characters/)
      .waitFor();
    expect(await page.getByLabel("Campaign name").getAttribute("aria-invalid")).toBe("true");
    expect(await runAxe(page)).toEqual([]);

    await page.goto(`${env.server.url}/setup/${other.id}`);
    await page
      .getByTestId("setup-readonly")
      .getByText(/Only the people who coordinate/)
      .waitFor();
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });
});

import type { BrowserContext, Page } from "playwright-core";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * The usager panel on the recruitment page. The campaign is created and its usagers registered or
 * nominated through the tab's API as the coordinator's pages call it; the confirmed panel is read back
 * from the tab's usagers view, as the coordinator's page reads it: no storage is touched.
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

beforeAll(async () => {
  // Local mode: the tab's caller is "local-user", who creates and so coordinates this campaign.
  campaignId = (
    await api<{ campaign: { id: string } }>("POST", "/api/campaigns", {
      name: "Médiathèque",
      approach: "thematic",
      services: ["Médiathèque"],
      panelSize: 4,
    })
  ).body.campaign.id;
  for (const p of [
    { name: "Usager Un", kind: "individual", ageBand: "under30", sex: "female", frequency: "regular" },
    { name: "Usager Deux", kind: "individual", ageBand: "55plus", sex: "male", frequency: "occasional" },
    { name: "Usager Trois", kind: "association", ageBand: "45to54", sex: "female", frequency: "firstTime" },
    { name: "Usager Quatre", kind: "individual", ageBand: "30to44", sex: "male", frequency: "regular" },
  ])
    expect((await api("POST", `/api/campaigns/${campaignId}/usagers/register`, p)).status).toBe(201);
  expect(
    (await api("POST", `/api/campaigns/${campaignId}/usagers`, { name: "Mme Lien", contact: "06 99 99 99 99" })).status,
  ).toBe(201);
});

beforeEach(async () => {
  // axe is injected as a script: the CSP would rightly refuse it.
  context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

describe("the usager panel on the recruitment page (coordinator)", () => {
  it("registers an usager met in person, shows the list and the balance, swaps someone and confirms the panel", async () => {
    await page.goto(`${env.server.url}/recruitment/${campaignId}?section=usagers`);
    const section = page.getByRole("region", { name: "Panel des usagers (atelier 2)" });
    await section.waitFor();
    await section.getByText(/Mme Lien/).waitFor();
    expect(await section.getByText(/en attente de réponse.*contact : 06 99 99 99 99/).count()).toBe(1);

    // Missing answers are caught with a French message, and what was typed stays.
    const form = section.getByRole("region", { name: "Inscrire un usager rencontré en personne" });
    await form.getByRole("textbox", { name: /Nom ou pseudonyme/ }).fill("Mme Zimmer");
    await form.getByRole("combobox", { name: /Type d'usager/ }).selectOption({ label: "entreprise" });
    await form.getByRole("button", { name: "Inscrire l'usager" }).click();
    expect(await form.getByText("Renseignez ce champ.").count()).toBe(3);
    expect(await form.getByRole("textbox", { name: /Nom ou pseudonyme/ }).inputValue()).toBe("Mme Zimmer");
    await form.getByRole("combobox", { name: /Tranche d'âge/ }).selectOption({ label: "45 à 54 ans" });
    await form.getByRole("combobox", { name: /Sexe/ }).selectOption({ label: "femme" });
    await form.getByRole("combobox", { name: /Fréquentation du service/ }).selectOption({ label: "première fois" });
    await form.getByRole("button", { name: "Inscrire l'usager" }).click();
    await form.getByText("Mme Zimmer est inscrit·e.").waitFor();
    expect(await form.getByRole("textbox", { name: /Nom ou pseudonyme/ }).inputValue()).toBe("");
    await section.getByText("6 usager(s) proposé(s) ou inscrit(s), dont 5 ayant accepté.").waitFor();
    expect(await section.getByText(/^Mme Zimmer$/).count()).toBe(1);

    const chart = section.getByRole("img", { name: /Vous venez en tant que/ });
    expect(await chart.getAttribute("aria-label")).toContain("entreprise — Volontaires 1 (20 %)");

    const panel = section.getByRole("region", { name: /Panel des usagers proposé \(4 places\)/ });
    expect(await panel.getByRole("checkbox").count()).toBe(5);
    expect(await panel.getByRole("checkbox", { checked: true }).count()).toBe(4);
    await panel.getByText(/Écart maximal/).waitFor();
    expect(await runAxe(page)).toEqual([]);

    // Swap: one out, the other in, from the keyboard.
    await panel.getByRole("checkbox", { checked: true }).first().focus();
    await page.keyboard.press("Space");
    await panel.getByText(/3 sélectionné\(s\) sur 4/).waitFor();
    await panel.getByRole("checkbox", { checked: false }).first().check();
    await panel.getByText(/4 sélectionné\(s\) sur 4/).waitFor();
    const labels = await Promise.all(
      (await panel.getByRole("checkbox", { checked: true }).all()).map((c) =>
        c.evaluate(
          (el) => (el as unknown as { labels: { textContent: string | null }[] | null }).labels?.[0]?.textContent ?? "",
        ),
      ),
    );
    const chosen = labels.map((l: string) => l.split(" — ")[0]);
    await panel.getByRole("button", { name: "Confirmer le panel des usagers" }).click();
    await panel.getByText(/Panel des usagers confirmé/).waitFor();
    await section.getByText(/Panel confirmé le/).waitFor();

    const view = await api<{
      confirmed?: { selectedIds: string[] };
      usagers: { id: string; name: string; selected: boolean }[];
    }>("GET", `/api/campaigns/${campaignId}/usagers`);
    expect(view.status).toBe(200);
    const names = new Map(view.body.usagers.map((u) => [u.id, u.name]));
    expect(view.body.confirmed?.selectedIds).toHaveLength(4);
    expect((view.body.confirmed?.selectedIds ?? []).map((id) => names.get(id)).sort()).toEqual([...chosen].sort());
    expect(
      view.body.usagers
        .filter((u) => u.selected)
        .map((u) => u.name)
        .sort(),
    ).toEqual([...chosen].sort());
    expect(await section.getByText(/retenu·e au panel/).count()).toBe(4);
  });
});

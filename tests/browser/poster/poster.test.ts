import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import type { Campaign } from "../../../bot/src/domain/campaign";
import { createPosterRepositories } from "../../../bot/src/storage/poster/posterRepositories";
import { FUNERAL_POSTER } from "../../support/posterActivities";
import { artifactPath } from "../support/artifactPath";
import { modulesOf, watchScripts } from "../support/chunkManifest";
import { runAxe } from "../support/runAxe";
import { readPdf } from "./pdfText";
import { seedDashboard } from "../../support/seedDashboard";
import { serverAndBrowser } from "../support/serverAndBrowser";

const env = serverAndBrowser();

let context: BrowserContext;
let page: Page;
let problems: string[];
/** The scripts the page requested (paths under dist/tab). */
let watched: ReturnType<typeof watchScripts>;

afterEach(async () => {
  await context?.close();
});

async function open(
  path: string,
  options: { csp?: boolean; phone?: boolean; width?: number; userId?: string } = {},
): Promise<void> {
  // axe is injected as an inline script, which the app's CSP refuses; the CSP stays on where axe is not run.
  const screen = options.phone
    ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
    : { viewport: { width: options.width ?? 1280, height: 1000 } };
  context = await env.browser.newContext({
    locale: "fr-FR",
    ...screen,
    bypassCSP: options.csp !== true,
    acceptDownloads: true,
  });
  // Who the tab runs as in local mode (the cookie the banner's identity switch sets).
  if (options.userId)
    await context.addCookies([
      { name: "ve-local-user", value: encodeURIComponent(options.userId), url: env.server.url },
    ]);
  page = await context.newPage();
  problems = [];
  watched = watchScripts(page);
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  await page.goto(env.server.url + path);
}

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(env.server.url + path, {
    method,
    headers: { "content-type": "application/json", "accept-language": "fr" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * The source files and packages inside the scripts the page has requested so far, once none is on its
 * way (dist/tab/chunks.json, which the build writes, says what each script holds).
 */
async function loadedModules(): Promise<Set<string>> {
  await watched.settled();
  return modulesOf(watched.scripts);
}

/** True when nothing on the page is wider than the window (no sideways scrolling). */
async function fitsWidth(): Promise<boolean> {
  return page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      innerWidth: number;
    };
    return document.documentElement.scrollWidth <= innerWidth;
  });
}

/** A campaign at the poster stage whose content is a workshop-3-like result (the funeral-service pilot). */
async function posterCampaign(partial: Partial<Campaign> = {}): Promise<Campaign> {
  const campaign = await env.server.seedCampaign({
    state: "posterValidation",
    coordinatorIds: ["local-user"],
    ...partial,
  });
  await api("POST", `/api/campaigns/${campaign.id}/poster`, {
    content: FUNERAL_POSTER,
    participants: {
      teams: [{ aadObjectId: "00000000-0000-4000-8000-0000000000a1", name: "Alice" }],
      usagers: [{ name: "Mme Usager" }, { name: "M. Usager" }],
    },
  });
  return campaign;
}

describe("poster, roadmap, dashboard and follow-up pages", () => {
  it("shows the poster from a workshop-3 result: qualities on top, three groups of commitments, under the app's CSP", async () => {
    const campaign = await posterCampaign();
    await open(`/poster/${campaign.id}`, { csp: true });
    const sheet = page.getByTestId("poster-sheet");
    await sheet.waitFor();
    expect(await page.getByTestId("poster-qualities").locator("li").allInnerTexts()).toEqual([
      "Respect",
      "Écoute",
      "Qualité de l'accueil",
      "Dialogue",
    ]);
    expect(await page.getByTestId("poster-group-agents").innerText()).toContain(
      "Les agents s'engagent à prendre plus de temps pour accompagner l'usager.",
    );
    expect(await page.getByTestId("poster-group-usagers").innerText()).toContain(
      "Les usagers s'engagent à respecter le règlement du cimetière.",
    );
    expect(await page.getByTestId("poster-group-both").innerText()).toContain(
      "Agents et usagers s'engagent à plus de politesse, de part et d'autre.",
    );
    expect(await page.getByTestId("poster-validation-line").innerText()).toBe(
      "Version 1 en cours de validation : 0 accord(s) sur 3",
    );
    await sheet.screenshot({ path: artifactPath("poster-fr.png") });
    expect(problems).toEqual([]);
  });

  it("gives the coordinator the sheet and its actions without the editor's code, and Edit still saves a new version (320 px wide, no violation)", async () => {
    const campaign = await posterCampaign();
    await open(`/poster/${campaign.id}`, { width: 320 });
    await page.getByTestId("poster-sheet").waitFor();
    // The first load: neither the editor nor the answer form (this coordinator is no participant), nor
    // the inputs only they use; the answers are a plain table. (Fluent's Field and Select are not listed:
    // the local-mode banner, which Teams never shows, uses them; the print choices are native selects.)
    const first = await loadedModules();
    expect(first.has("pages/PosterPage.tsx")).toBe(true);
    const unwanted = [
      "poster/PosterEditor.tsx",
      "poster/PosterActions.tsx",
      "@fluentui/react-textarea",
      "@fluentui/react-input",
      "@fluentui/react-table",
      "@fluentui/react-spinner",
    ];
    expect(unwanted.filter((name) => first.has(name))).toEqual([]);
    const answers = page.getByRole("table", { name: "Réponses des participants sur la version actuelle" });
    expect(await answers.getByRole("columnheader").allInnerTexts()).toEqual(["Participant", "Réponse", "Commentaire"]);
    expect(await answers.locator("tbody tr").count()).toBe(3);
    expect(await answers.locator("tbody tr").first().innerText()).toContain("En attente");
    await page.getByLabel("Format").selectOption("A3");
    expect(await page.getByTestId("pdf-size").inputValue()).toBe("A3");
    expect(await fitsWidth()).toBe(true);
    expect(await runAxe(page)).toEqual([]);

    // Pressing Edit fetches the editor, filled with the current wording.
    await page.getByTestId("toggle-edit").click();
    const qualities = page.getByTestId("editor-qualities");
    await qualities.waitFor();
    expect(await qualities.inputValue()).toBe("Respect\nÉcoute\nQualité de l'accueil\nDialogue");
    expect((await loadedModules()).has("poster/PosterEditor.tsx")).toBe(true);
    expect(await fitsWidth()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await qualities.fill("Écoute\nRespect\nPatience");
    await page.getByRole("button", { name: "Enregistrer une nouvelle version" }).click();
    await page.getByTestId("poster-notice").getByText("Enregistré.").waitFor();
    await page.getByTestId("poster-sheet").waitFor();
    expect(await page.getByTestId("poster-qualities").locator("li").allInnerTexts()).toEqual([
      "Écoute",
      "Respect",
      "Patience",
    ]);
    expect(await page.getByTestId("poster-validation-line").innerText()).toBe(
      "Version 2 en cours de validation : 0 accord(s) sur 3",
    );
    const stored = (await api("GET", `/api/campaigns/${campaign.id}/poster`)) as {
      poster: { version: number; qualities: { text: string }[] };
    };
    expect(stored.poster.version).toBe(2);
    expect(stored.poster.qualities.map((q) => q.text)).toEqual(["Écoute", "Respect", "Patience"]);
    // The English labels are longer: they wrap too.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Send the current version to the participants" }).waitFor();
    expect(await fitsWidth()).toBe(true);
    expect(problems).toEqual([]);
  });

  it("keeps the page when the editor cannot be fetched: a localised error, and a retry once the connection is back", async () => {
    const campaign = await posterCampaign();
    await open(`/poster/${campaign.id}`);
    await page.getByTestId("poster-sheet").waitFor();
    await context.setOffline(true);
    await page.getByTestId("toggle-edit").click();
    const alert = page.getByRole("alert");
    await alert.getByText("Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.").waitFor();
    expect(await page.getByTestId("poster-status").count()).toBe(1);
    await context.setOffline(false);
    await page.getByRole("button", { name: "Réessayer" }).click();
    await page.getByTestId("editor-qualities").waitFor();
    expect(await alert.count()).toBe(0);
  });

  it("gives a participant of the poster the answer form in the tab, and records a change request with its comment", async () => {
    const campaign = await posterCampaign();
    await open(`/poster/${campaign.id}`, { userId: "00000000-0000-4000-8000-0000000000a1" });
    await page.getByTestId("answer-comment").fill("Ajouter « Patience »");
    await page.getByTestId("answer-change").click();
    await page.getByText("Vous avez demandé une modification sur cette version.").waitFor();
    const record = (await createPosterRepositories(env.server.app.tables).posters.get(campaign.id))!.value;
    expect(record.validations).toEqual([
      expect.objectContaining({ version: 1, approved: false, comment: "Ajouter « Patience »" }),
    ]);
    // A participant who is not the coordinator: the editor's code is not part of their page either.
    expect((await loadedModules()).has("poster/PosterEditor.tsx")).toBe(false);
    expect(await runAxe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("lets the coordinator type a workshop held on paper into the tab and creates the poster with the usagers' links", async () => {
    const campaign = await env.server.seedCampaign({ state: "workshop3", coordinatorIds: ["local-user"] });
    await open(`/poster/${campaign.id}`);
    await page.getByTestId("poster-editor").waitFor();
    await page.getByTestId("editor-qualities").fill("Respect\nÉcoute");
    await page.getByTestId("editor-agents").fill("prendre plus de temps pour accompagner l'usager");
    await page.getByTestId("editor-both").fill("plus de politesse");
    await page.getByTestId("editor-usager-count").fill("2");
    await page.getByRole("button", { name: "Créer l'affiche" }).click();
    await page.getByTestId("poster-sheet").waitFor();
    expect(await page.getByTestId("poster-qualities").locator("li").allInnerTexts()).toEqual(["Respect", "Écoute"]);
    expect(await page.getByText("/follow/").count()).toBe(2);
    expect((await env.server.app.repos.campaigns.get(campaign.id))?.value.state).toBe("posterValidation");
    expect(await runAxe(page)).toEqual([]);
  });

  it("exports the validated poster as a print-ready PDF (A3 and A4 portrait, French accents) and a PNG", async () => {
    const campaign = await posterCampaign({ services: ["Service funéraire"] });
    const record = await createPosterRepositories(env.server.app.tables).posters.get(campaign.id);
    await createPosterRepositories(env.server.app.tables).posters.update(campaign.id, (r) => ({
      ...r,
      validations: [
        { participantKey: r.participants[0]!.key, version: 1, approved: true, at: new Date().toISOString() },
      ],
    }));
    expect(record).toBeDefined();
    await api("POST", `/api/campaigns/${campaign.id}/poster/close`);
    await open(`/poster/${campaign.id}`);
    await page.getByTestId("poster-sheet").waitFor();
    expect(await page.getByTestId("poster-validation-line").innerText()).toBe("Validée par 1 participants sur 3");

    await page.getByTestId("pdf-size").selectOption("A3");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
    expect(download.suggestedFilename()).toBe("affiche-service-funeraire-A3-fr.pdf");
    const a3 = await readPdf(await readFile((await download.path())!));
    expect(a3.pages).toEqual([{ width: 841.89, height: 1190.55 }]);
    for (const words of [
      "Vivre ensemble le service public",
      "Service funéraire",
      "Qualité de l’accueil".replace("’", "'"),
      "Écoute",
      "Les agents s'engagent à prendre plus de temps",
      "Validée par 1 participants sur 3",
    ]) {
      expect(a3.text).toContain(words);
    }
    const a4 = await readPdf(
      new Uint8Array(
        await (await fetch(`${env.server.url}/api/campaigns/${campaign.id}/poster/pdf?size=A4&lang=en`)).arrayBuffer(),
      ),
    );
    expect(a4.pages).toEqual([{ width: 595.28, height: 841.89 }]);
    // The wording stays as the participants wrote it; only the lead-ins and labels follow the chosen language.
    expect(a4.text).toContain("Agents commit to prendre plus de temps");
    expect(a4.text).toContain("Validated by 1 participants out of 3");

    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-png").click()]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBe(1240);
    expect(bytes.readUInt32BE(20)).toBe(1754);
    expect(await runAxe(page)).toEqual([]);
  });

  it("lets a manager edit the roadmap (owner, due date, status, progress, dated comment)", async () => {
    const campaign = await posterCampaign({ coordinatorIds: ["local-user"], managerIds: ["local-user"] });
    await createPosterRepositories(env.server.app.tables).posters.update(campaign.id, (r) => ({
      ...r,
      validations: r.participants.map((p) => ({
        participantKey: p.key,
        version: 1,
        approved: true,
        at: new Date().toISOString(),
      })),
    }));
    const committee = (await api("GET", `/api/campaigns/${campaign.id}/committee`)) as {
      commitments: { id: string }[];
    };
    await api("POST", `/api/campaigns/${campaign.id}/committee/decisions`, {
      commitmentId: committee.commitments[0]!.id,
      decision: "adopted",
      level: "service",
    });
    await open(`/roadmap/${campaign.id}`);
    const id = `action-action-${committee.commitments[0]!.id}`;
    await page.getByTestId(id).waitFor();
    // The action's forms open on demand, from its own buttons.
    await page.getByTestId(`${id}-open-plan`).click();
    await page.getByTestId(`${id}-owner`).fill("Cheffe du service funéraire");
    await page.getByTestId(`${id}-due`).fill("2027-03-31");
    await page.getByTestId(`${id}-save-plan`).click();
    await page.getByTestId(`${id}-saved`).waitFor();
    await page.getByTestId(id).getByText("Cheffe du service funéraire").first().waitFor();
    await page.getByTestId(`${id}-open-update`).click();
    await page.getByTestId(`${id}-status`).selectOption("inProgress");
    await page.getByTestId(`${id}-progress`).fill("40");
    await page.getByTestId(`${id}-progress`).press("Tab");
    await page.getByTestId(`${id}-comment`).fill("Rendez-vous de 30 minutes proposés");
    await page.getByTestId(`${id}-save-update`).click();
    await page.getByTestId(`${id}-saved`).waitFor();
    await page.getByTestId(id).getByText("Rendez-vous de 30 minutes proposés").waitFor();
    const stored = await createPosterRepositories(env.server.app.tables).roadmap.listCampaign(campaign.id);
    expect(stored[0]).toMatchObject({
      owner: "Cheffe du service funéraire",
      dueDate: "2027-03-31",
      status: "inProgress",
      progress: 40,
    });
    expect(stored[0]!.updates.at(-1)?.comment).toBe("Rendez-vous de 30 minutes proposés");
    expect(await page.getByTestId("roadmap-summary").innerText()).toContain("1 action(s) : 0 réalisée(s), 1 en cours");
    expect(await runAxe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  // How fast it is for a whole city is measured by `npm run bench -- dashboard`, not here.
  it("shows the managers' dashboard for 200 services × 30 actions, with filters and common values", async () => {
    const seeded = await seedDashboard(env.server.app.tables, env.server.app.repos.campaigns);
    const res = await fetch(`${env.server.url}/api/dashboard`);
    const body = (await res.json()) as { rows: unknown[]; totals: { total: number; byStatus: { done: number } } };
    expect(body.totals.total).toBeGreaterThanOrEqual(seeded.actions);
    expect(body.rows.length).toBeGreaterThanOrEqual(200);
    await open("/dashboard");
    await page.getByTestId("dashboard-table").waitFor();
    await page.locator("tbody tr").nth(199).waitFor();
    await page.getByTestId("filter-service").selectOption("Service 007");
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll("tbody tr").length === 1,
    );
    expect(await page.getByTestId("dashboard-totals").innerText()).toBe(
      "1 campagne(s), 30 action(s), dont 3 en retard.",
    );
    await page.getByTestId("filter-status").selectOption("done");
    await page.getByTestId("dashboard-totals").getByText("1 campagne(s), 7 action(s)").waitFor();
    expect(await page.getByRole("link", { name: "Affiche" }).first().getAttribute("href")).toBe("/poster/svc-007");
    expect(await runAxe(page)).toEqual([]);
  });

  it("gives usagers their public page: validate through the link, then follow the roadmap; no violation", async () => {
    const campaign = await posterCampaign();
    const record = (await createPosterRepositories(env.server.app.tables).posters.get(campaign.id))!.value;
    const token = record.participants.find((p) => p.kind === "usager")!.token!;
    // Usagers open their link on a phone: the whole poster shows, the commitments included.
    await open(`/follow/${token}`, { phone: true });
    await page.getByTestId("poster-sheet").waitFor();
    const inside = await page.getByTestId("poster-sheet").evaluate((sheet) => {
      const box = sheet.getBoundingClientRect();
      return [...sheet.querySelectorAll("[data-testid^='poster-group-'] li, [data-testid='poster-qualities'] li")].map(
        (el) => {
          const r = el.getBoundingClientRect();
          return {
            text: el.textContent,
            inside: r.top >= box.top && r.bottom <= box.bottom && r.right <= box.right + 0.5,
          };
        },
      );
    });
    expect(inside.length).toBeGreaterThan(3);
    expect(inside.filter((i) => !i.inside)).toEqual([]);
    await page.getByTestId("answer-approve").click();
    await page.getByText("Vous avez approuvé cette version").waitFor();
    const after = (await createPosterRepositories(env.server.app.tables).posters.get(campaign.id))!.value;
    expect(after.validations).toHaveLength(1);
    expect(await runAxe(page)).toEqual([]);
  });
});

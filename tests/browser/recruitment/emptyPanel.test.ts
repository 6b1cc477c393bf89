import type { BrowserContext, Page } from "playwright-core";
import { executeInvoke } from "../../support/recruitmentActivities";
import { user } from "../../support/teamsActivities";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * A coordinator who unticks everyone and confirms is told why nothing was saved, on the agent,
 * usager and mixed panels. The campaign is made through the doors: the tab's API (local mode, caller
 * "local-user") and the agents' Teams cards on /api/messages.
 */
const env = serverAndBrowser();
const agents = [user(91, "Agent Un"), user(92, "Agente Deux")];
let campaignId: string;
let context: BrowserContext | undefined;

async function api(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${env.server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json", "Accept-Language": "fr-FR" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function volunteer(): Promise<void> {
  const profiles = [
    { ageBand: "under30", sex: "female", category: "C", staffKind: "technical" },
    { ageBand: "55plus", sex: "male", category: "B", staffKind: "administrative" },
  ];
  for (const [i, agent] of agents.entries()) {
    const res = await env.server.postActivity(
      executeInvoke({
        serviceUrl: env.server.connector.url,
        from: agent,
        verb: "recruitment.saveProfile",
        data: { campaignId, ...profiles[i], consent: "true" },
        locale: "fr-FR",
      }),
    );
    expect(res.status).toBe(200);
  }
}

async function open(section: string): Promise<Page> {
  context = await env.browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/recruitment/${campaignId}?section=${section}`);
  return page;
}

/** Unticks every ticked box of the region, from the keyboard. */
async function untickAll(page: Page, region: ReturnType<Page["getByRole"]>): Promise<void> {
  const ticked = region.getByRole("checkbox", { checked: true });
  while ((await ticked.count()) > 0) {
    await ticked.first().focus();
    await page.keyboard.press("Space");
  }
}

beforeAll(async () => {
  const created = await api("POST", "/api/campaigns", {
    name: "Accueil de la mairie",
    approach: "thematic",
    services: ["Accueil de la mairie"],
    panelSize: 4,
  });
  expect(created.status).toBe(201);
  campaignId = (created.body["campaign"] as { id: string }).id;
  await volunteer();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe("confirming an empty panel in the tab", () => {
  it("says the agent panel is empty instead of confirming it", async () => {
    const page = await open("agents");
    const section = page.getByRole("region", { name: /Panel proposé/ });
    await section.getByRole("checkbox").first().waitFor();
    await untickAll(page, section);
    await section.getByRole("button", { name: "Confirmer le panel et prévenir les volontaires" }).press("Enter");
    await section
      .getByRole("alert")
      .filter({ hasText: "Le panel est vide : cochez au moins une personne, puis confirmez." })
      .waitFor();
    expect((await api("GET", `/api/campaigns/${campaignId}/recruitment`)).body["confirmedIds"]).toBeUndefined();
  });

  it("says the usager panel is empty instead of confirming it", async () => {
    expect(
      (
        await api("POST", `/api/campaigns/${campaignId}/usagers/register`, {
          name: "Mme Usagère",
          kind: "individual",
          ageBand: "30to44",
          sex: "female",
          frequency: "regular",
        })
      ).status,
    ).toBe(201);
    const page = await open("usagers");
    const section = page.getByRole("region", { name: /Panel des usagers proposé/ });
    await section.getByRole("checkbox").first().waitFor();
    await untickAll(page, section);
    await section.getByRole("button", { name: "Confirmer le panel des usagers" }).press("Enter");
    await section
      .getByRole("alert")
      .filter({ hasText: "Le panel est vide : cochez au moins une personne, puis confirmez." })
      .waitFor();
    expect((await api("GET", `/api/campaigns/${campaignId}/usagers`)).body["confirmed"]).toBeUndefined();
  });

  it("says the mixed panel is empty instead of confirming it", async () => {
    expect(
      (
        await api("POST", `/api/campaigns/${campaignId}/panel/confirm`, {
          selectedIds: agents.map((a) => a.aadObjectId),
        })
      ).status,
    ).toBe(200);
    expect((await api("POST", `/api/campaigns/${campaignId}/mixed/open`)).status).toBe(200);
    const answer = await env.server.postActivity(
      executeInvoke({
        serviceUrl: env.server.connector.url,
        from: agents[0]!,
        verb: "recruitment.mixedAnswer",
        data: { campaignId, answer: "yes" },
        locale: "fr-FR",
        where: "personal",
      }),
    );
    expect(answer.status).toBe(200);

    const page = await open("mixed");
    const section = page.getByRole("region", { name: /Atelier 3 : panel mixte/ });
    await section.getByRole("checkbox").first().waitFor();
    await untickAll(page, section);
    await section.getByRole("button", { name: "Confirmer le panel mixte" }).press("Enter");
    await section.getByRole("alert").filter({ hasText: "Le panel mixte est vide" }).waitFor();
    expect((await api("GET", `/api/campaigns/${campaignId}/mixed`)).body["confirmed"]).toBeUndefined();
  });
});

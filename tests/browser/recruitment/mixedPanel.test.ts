import type { BrowserContext, Page } from "playwright-core";
import type { AgentProfile } from "../../../bot/src/domain/profiles";
import { RecruitmentRecordRepository } from "../../../bot/src/storage/recruitment/recruitmentRecordRepository";
import { UsagerRepository } from "../../../bot/src/storage/recruitment/usagerRepository";
import { VolunteerRepository, type VolunteerRecord } from "../../../bot/src/storage/recruitment/volunteerRepository";
import { user } from "../../support/teamsActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

const env = serverAndBrowser();

let context: BrowserContext;
let page: Page;
let campaignId: string;
let link: string;

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
      name: "Mairie de quartier",
      approach: "thematic",
      services: ["Mairie de quartier"],
      panelSize: 4,
    })
  ).body.campaign.id;
  const volunteers = new VolunteerRepository(env.server.app.tables);
  const at = new Date().toISOString();
  const profiles: AgentProfile[] = [
    { ageBand: "under30", sex: "female", category: "C", staffKind: "technical" },
    { ageBand: "30to44", sex: "male", category: "B", staffKind: "administrative" },
    { ageBand: "45to54", sex: "female", category: "A", staffKind: "technical" },
    { ageBand: "55plus", sex: "male", category: "C", staffKind: "administrative" },
  ];
  const ids: string[] = [];
  for (const [i, profile] of profiles.entries()) {
    const u = user(800 + i, `Agent ${800 + i}`);
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
    await volunteers.upsertWith(record, () => record);
    ids.push(u.aadObjectId);
  }
  expect((await api("POST", `/api/campaigns/${campaignId}/panel/confirm`, { selectedIds: ids })).status).toBe(200);
  const people = [
    { name: "Usager A", kind: "individual", ageBand: "under30", sex: "female", frequency: "regular" },
    { name: "Usager B", kind: "business", ageBand: "55plus", sex: "male", frequency: "occasional" },
  ];
  const usagerIds: string[] = [];
  for (const p of people)
    usagerIds.push((await api<{ id: string }>("POST", `/api/campaigns/${campaignId}/usagers/register`, p)).body.id);
  link = (await api<{ link: string }>("POST", `/api/campaigns/${campaignId}/usagers`, { name: "Mme Schmitt" })).body
    .link;
  const token = link.split("/confirm/")[1]!;
  expect(
    (
      await api(`POST`, `/api/confirm/${token}`, {
        answer: "accept",
        kind: "association",
        ageBand: "30to44",
        sex: "female",
        frequency: "firstTime",
        consent: true,
      })
    ).status,
  ).toBe(200);
  expect((await api("POST", `/api/campaigns/${campaignId}/mixed/open`)).status).toBe(200);
  // The agents answer on their 1:1 card (covered by the e2e test); here their answers are seeded.
  for (const [i, id] of ids.entries())
    await volunteers.update(campaignId, id, (v) => ({ ...v, mixedAnswer: i < 3 ? "yes" : "no" }));
  const usagers = new UsagerRepository(env.server.app.tables);
  for (const id of usagerIds) await usagers.update(campaignId, id, (u) => ({ ...u, mixedAnswer: "yes" }));
});

afterEach(async () => {
  await context?.close();
});

describe("workshop 3 (mixed panel) in the browser", () => {
  it("asks an accepted usager on their own link, answered from the keyboard", async () => {
    context = await env.browser.newContext({
      locale: "fr-FR",
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      bypassCSP: true,
    });
    page = await context.newPage();
    await page.goto(link);
    await page.getByRole("heading", { name: /atelier 3/ }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole("button", { name: "Oui, je participe à l'atelier 3" }).press("Enter");
    await page.getByText("C'est noté : vous êtes volontaire pour l'atelier 3.").waitFor();
    expect(
      await page.getByRole("button", { name: "Oui, je participe à l'atelier 3" }).getAttribute("aria-pressed"),
    ).toBe("true");
    expect(await runAxe(page)).toEqual([]);
  });

  it("shows the coordinator who volunteered again and the half-and-half proposal, and confirms it from the keyboard", async () => {
    context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
    page = await context.newPage();
    await page.goto(`${env.server.url}/recruitment/${campaignId}?section=mixed`);
    const section = page.getByRole("region", { name: /Atelier 3 : panel mixte \(4 places\)/ });
    await section.waitFor();
    const agents = section.getByRole("region", { name: "Agents" });
    const usagers = section.getByRole("region", { name: "Usagers" });
    await agents.getByText("2 retenu(s) sur 2 place(s)").waitFor();
    await usagers.getByText("2 retenu(s) sur 2 place(s)").waitFor();
    // Three agents said yes (checkable), one said no (listed, not checkable); all three usagers said yes.
    expect(await agents.getByRole("checkbox").count()).toBe(3);
    expect(await agents.getByText("Agent 803 — ne participe pas").count()).toBe(1);
    expect(await usagers.getByRole("checkbox").count()).toBe(3);
    expect(await runAxe(page)).toEqual([]);

    await agents.getByRole("checkbox", { checked: true }).first().focus();
    await page.keyboard.press("Space");
    await agents.getByText("1 retenu(s) sur 2 place(s)").waitFor();
    await section.getByRole("button", { name: "Revenir à la proposition" }).press("Enter");
    await agents.getByText("2 retenu(s) sur 2 place(s)").waitFor();
    await section.getByRole("button", { name: "Confirmer le panel mixte" }).press("Enter");
    await section.getByText("Panel mixte enregistré.").waitFor();
    const stored = (await new RecruitmentRecordRepository(env.server.app.tables).get(campaignId))?.value.mixed;
    expect(stored?.agentIds).toHaveLength(2);
    expect(stored?.usagerIds).toHaveLength(2);
    expect(await runAxe(page)).toEqual([]);
  });
});

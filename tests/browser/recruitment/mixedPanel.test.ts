import type { BrowserContext, Page } from "playwright-core";
import { executeInvoke } from "../../support/recruitmentActivities";
import { publicCall, TabSession, tokenOf } from "../../support/tabApi";
import { createCampaignInChannel, inviteInChannel, mustCard, volunteerFromCard } from "../../support/channelCampaign";
import { user, type TeamsUser } from "../../support/teamsActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * Workshop 3 in the browser. The campaign is created in the team channel, four agents volunteer from
 * the invitation card and answer workshop 3 on their 1:1 card, usagers accept and answer on their own
 * links, and the coordinator uses the tab as themselves (identity cookie): no storage is touched.
 */
jest.setTimeout(60_000);
const env = serverAndBrowser();
const coordinator = user(1, "Claire Coordinatrice");

let context: BrowserContext;
let page: Page;
let campaignId: string;
let link: string;

/** An usager added by the coordinator, who accepts on their link with the given profile. */
async function acceptedUsager(tab: TabSession, name: string, profile: Record<string, unknown>): Promise<string> {
  const added = await tab.post(`/api/campaigns/${campaignId}/usagers`, { name });
  expect(added.status).toBeLessThan(300);
  const personal = added.body.link as string;
  const answer = await publicCall(env.server.url, "POST", `/api/confirm/${tokenOf(personal, "confirm")}`, {
    answer: "accept",
    ...profile,
    consent: true,
  });
  expect(answer.status).toBe(200);
  return personal;
}

beforeAll(async () => {
  campaignId = await createCampaignInChannel(env.server, coordinator, {
    name: "Mairie de quartier",
    approach: "thematic",
    services: "Mairie de quartier",
    panelSize: "4",
  });
  const { thread, invitationId } = await inviteInChannel(env.server, coordinator);
  const serviceUrl = env.server.connector.url;
  const profiles = [
    { ageBand: "under30", sex: "female", category: "C", staffKind: "technical" },
    { ageBand: "30to44", sex: "male", category: "B", staffKind: "administrative" },
    { ageBand: "45to54", sex: "female", category: "A", staffKind: "technical" },
    { ageBand: "55plus", sex: "male", category: "C", staffKind: "administrative" },
  ];
  const agents: TeamsUser[] = profiles.map((_, i) => user(800 + i, `Agent ${800 + i}`));
  // Each agent volunteers from the invitation card in the channel, then fills in their profile.
  for (const [i, agent] of agents.entries())
    await volunteerFromCard(env.server, { thread, invitationId }, campaignId, agent, profiles[i]!);
  const tab = new TabSession(env.server.url, coordinator.aadObjectId);
  const confirmed = await tab.post(`/api/campaigns/${campaignId}/panel/confirm`, {
    selectedIds: agents.map((a) => a.aadObjectId),
  });
  expect(confirmed.status).toBe(200);
  const others = [
    await acceptedUsager(tab, "Usager A", {
      kind: "individual",
      ageBand: "under30",
      sex: "female",
      frequency: "regular",
    }),
    await acceptedUsager(tab, "Usager B", {
      kind: "business",
      ageBand: "55plus",
      sex: "male",
      frequency: "occasional",
    }),
  ];
  link = await acceptedUsager(tab, "Mme Schmitt", {
    kind: "association",
    ageBand: "30to44",
    sex: "female",
    frequency: "firstTime",
  });
  expect((await tab.post(`/api/campaigns/${campaignId}/mixed/open`)).status).toBe(200);
  // Three agents say yes on their 1:1 card, the fourth no; the two other usagers say yes on their link.
  for (const [i, agent] of agents.entries())
    mustCard(
      await env.server.postActivity(
        executeInvoke({
          serviceUrl,
          from: agent,
          verb: "recruitment.mixedAnswer",
          data: { campaignId, answer: i < 3 ? "yes" : "no" },
          locale: "fr-FR",
          where: "personal",
        }),
      ),
      `${agent.name}: workshop 3 answer`,
    );
  for (const personal of others)
    expect(
      (
        await publicCall(env.server.url, "POST", `/api/confirm/${tokenOf(personal, "confirm")}/mixed`, {
          answer: "yes",
        })
      ).status,
    ).toBe(200);
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
    // Local mode: who the browser is is the cookie the banner's identity switch sets.
    await context.addCookies([
      { name: "ve-local-user", value: encodeURIComponent(coordinator.aadObjectId), url: env.server.url },
    ]);
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
    // The confirmation is kept: the coordinator's workshop 3 view, as the page reads it, shows it.
    const view = (
      await new TabSession(env.server.url, coordinator.aadObjectId).get(`/api/campaigns/${campaignId}/mixed`)
    ).body;
    expect(view.confirmed?.agentIds).toHaveLength(2);
    expect(view.confirmed?.usagerIds).toHaveLength(2);
    expect(await runAxe(page)).toEqual([]);
  });
});

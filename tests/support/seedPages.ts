import { createPosterRepositories } from "../../bot/src/storage/poster/posterRepositories";
import { stageState, WorkshopHarness } from "./workshopHarness";
import { FUNERAL_POSTER } from "./posterActivities";
import { user } from "./teamsActivities";
import type { TestServer } from "./testServer";

/** One page of the tab as someone opens it, and what shows that its main content is there. */
export interface PageVisit {
  readonly name: string;
  readonly path: string;
  /** Opened by usagers, often on a phone: the pages with the tightest budget. */
  readonly usager: boolean;
  /** CSS selector of the page's main content, once its data is loaded. */
  readonly content: string;
}

async function api<T>(server: TestServer, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json", "Accept-Language": "fr" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Campaigns behind every page of the tab (local mode, as the local user): a workshop with its input
 * open (join, console, stage), an usager nominated (confirm), a poster in validation (poster,
 * roadmap, follow). For the bench and the browser tests that open every page.
 */
export async function seedPages(server: TestServer): Promise<PageVisit[]> {
  const coordinator = user(1, "Claire Coordinatrice");
  const workshop = await server.seedCampaign({
    state: "workshop2",
    coordinatorIds: [coordinator.aadObjectId, "local-user"],
  });
  const harness = new WorkshopHarness(server, workshop.id, 2);
  await harness.say(coordinator, "atelier");
  await harness.command(coordinator, "start");
  await harness.command(coordinator, "openInput");
  const { code } = (await stageState(server.url, workshop.id)).join;

  const recruiting = (
    await api<{ campaign: { id: string } }>(server, "POST", "/api/campaigns", {
      name: "Mairie de quartier",
      approach: "thematic",
      services: ["Mairie de quartier"],
    })
  ).campaign.id;
  const { link } = await api<{ link: string }>(server, "POST", `/api/campaigns/${recruiting}/usagers`, {
    name: "Mme Schmitt",
    kind: "individual",
    ageBand: "55plus",
  });

  const poster = await server.seedCampaign({ state: "posterValidation", coordinatorIds: ["local-user"] });
  await api(server, "POST", `/api/campaigns/${poster.id}/poster`, {
    content: FUNERAL_POSTER,
    participants: {
      teams: [{ aadObjectId: "00000000-0000-4000-8000-0000000000a1", name: "Alice" }],
      usagers: [{ name: "Mme Usager" }],
    },
  });
  const record = (await createPosterRepositories(server.app.tables).posters.get(poster.id))?.value;
  const token = record?.participants.find((p) => p.kind === "usager")?.token;
  if (!token) throw new Error("the seeded poster has no usager link");

  const heading = "main h1";
  return [
    { name: "join", path: `/join/${encodeURIComponent(code)}`, usager: true, content: ".ve-join-card [role=region]" },
    { name: "confirm", path: new URL(link, server.url).pathname, usager: true, content: "main input[type=checkbox]" },
    {
      name: "follow",
      path: `/follow/${encodeURIComponent(token)}`,
      usager: true,
      content: "[data-testid=poster-sheet]",
    },
    {
      name: "poster",
      path: `/poster/${encodeURIComponent(poster.id)}`,
      usager: false,
      content: "[data-testid=poster-sheet]",
    },
    { name: "roadmap", path: `/roadmap/${encodeURIComponent(poster.id)}`, usager: false, content: heading },
    { name: "home", path: "/", usager: false, content: "[data-testid=campaign-list]" },
    { name: "setup", path: "/setup", usager: false, content: heading },
    { name: "recruitment", path: `/recruitment/${encodeURIComponent(recruiting)}`, usager: false, content: heading },
    { name: "settings", path: `/settings/${encodeURIComponent(workshop.id)}`, usager: false, content: heading },
    { name: "console", path: `/console/${encodeURIComponent(workshop.id)}`, usager: false, content: heading },
    { name: "stage", path: `/stage/${encodeURIComponent(workshop.id)}`, usager: false, content: heading },
    { name: "dashboard", path: "/dashboard", usager: false, content: "[data-testid=dashboard-table]" },
    { name: "accessibility", path: "/accessibility", usager: false, content: heading },
  ];
}

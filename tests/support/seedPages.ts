import { MethodJourney } from "./methodJourney";
import { FUNERAL_POSTER } from "./posterActivities";
import { user } from "./teamsActivities";
import { meetingMessage } from "./workshopActivities";
import { stageState } from "./workshopHarness";
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

/** The chat of the meeting where the second campaign's workshop is held. */
const ACCUEIL_CHAT_ID = "19:meeting_accueil@thread.v2";

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
 * Campaigns behind every page of the tab, reached as Teams and the tab would: a workshop with its
 * input open (join, console, stage), an usager nominated (confirm), a poster in validation (poster,
 * roadmap, follow). The pages are opened without a `ve-local-user` cookie, i.e. as "local-user":
 * so the coordinator of every campaign is that user, in Teams as in the tab.
 * For the bench and the browser tests that open every page.
 */
export async function seedPages(server: TestServer): Promise<PageVisit[]> {
  const coordinator = { ...user(1, "Claire Coordinatrice"), aadObjectId: "local-user" };

  // A poster, taken through workshops 1–3 to its validation, reworded on the poster page.
  const poster = new MethodJourney(server, coordinator);
  await poster.installForEveryone();
  await poster.toPosterValidation();
  const drafted = await poster.tab.get(poster.path("/poster"));
  if (drafted.status !== 200) throw new Error(`poster view answered ${drafted.status}`);
  const edited = await poster.tab.put(poster.path("/poster"), {
    version: drafted.body.poster.version,
    ...FUNERAL_POSTER,
  });
  if (edited.status !== 200) throw new Error(`poster edit answered ${edited.status}`);
  // The usager's follow page, as the coordinator's poster view links it for each usager of the poster.
  const view = await poster.tab.get(poster.path("/poster"));
  const links = (view.body.usagerLinks ?? []) as { url: string }[];
  const follow = links[0]?.url;
  if (!follow) throw new Error(`the poster view links no usager: ${JSON.stringify(view.body).slice(0, 300)}`);

  // Then a second campaign: « atelier » in its own meeting's chat (the default one is linked to the poster's
  // campaign), workshop 1 started with its input open from the console: the join code, the console and the stage.
  const workshop = new MethodJourney(server, coordinator, "Accueil — 2027");
  await workshop.createAndInvite();
  await workshop.volunteerAll();
  await workshop.confirmAgentPanel();
  await workshop.move("recruitingAgents", "workshop1");
  const atelier = await server.postActivity(
    meetingMessage({ serviceUrl: server.connector.url, from: coordinator, text: "atelier", chatId: ACCUEIL_CHAT_ID }),
  );
  if (atelier.status !== 200) throw new Error(`« atelier » answered ${atelier.status}`);
  const commands = `/api/workshops/${encodeURIComponent(workshop.campaignId)}/commands`;
  for (const type of ["start", "openInput"]) {
    const { revision } = (await stageState(server.url, workshop.campaignId)) as { revision?: number };
    const res = await workshop.tab.post(commands, { type, ...(revision === undefined ? {} : { revision }) });
    if (res.status !== 200) throw new Error(`console ${type} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  const { code } = (await stageState(server.url, workshop.campaignId)).join;

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

  const heading = "main h1";
  const workshopId = encodeURIComponent(workshop.campaignId);
  const posterId = encodeURIComponent(poster.campaignId);
  return [
    { name: "join", path: `/join/${encodeURIComponent(code)}`, usager: true, content: ".ve-join-card [role=region]" },
    { name: "confirm", path: new URL(link, server.url).pathname, usager: true, content: "main input[type=checkbox]" },
    { name: "follow", path: new URL(follow, server.url).pathname, usager: true, content: "[data-testid=poster-sheet]" },
    { name: "poster", path: `/poster/${posterId}`, usager: false, content: "[data-testid=poster-sheet]" },
    { name: "roadmap", path: `/roadmap/${posterId}`, usager: false, content: heading },
    { name: "home", path: "/", usager: false, content: "[data-testid=campaign-list]" },
    { name: "setup", path: "/setup", usager: false, content: heading },
    { name: "recruitment", path: `/recruitment/${encodeURIComponent(recruiting)}`, usager: false, content: heading },
    { name: "settings", path: `/settings/${workshopId}`, usager: false, content: heading },
    { name: "console", path: `/console/${workshopId}`, usager: false, content: heading },
    { name: "stage", path: `/stage/${workshopId}`, usager: false, content: heading },
    { name: "dashboard", path: "/dashboard", usager: false, content: "[data-testid=dashboard-table]" },
    { name: "accessibility", path: "/accessibility", usager: false, content: heading },
  ];
}

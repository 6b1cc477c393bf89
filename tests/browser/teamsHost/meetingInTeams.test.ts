import type { Frame } from "playwright-core";
import { MethodJourney } from "../../support/methodJourney";
import type { TeamsUser } from "../../support/teamsActivities";
import { MEETING_CHAT_ID } from "../../support/workshopActivities";
import { allActions, findAction, stageState, WorkshopHarness } from "../../support/workshopHarness";
import { artifactPath } from "../support/artifactPath";
import { appInTeams, CAMILLE, PUBLIC_HOSTNAME, TEAMS_APP_ID } from "./appInTeams";
import { runAxeInFrame } from "./axeInFrame";
import type { FrameGlobals } from "./frameGlobals";

/**
 * The workshop in the Teams meeting, through the simulated host: the facilitator's console in the
 * meeting side panel (320 px), the facilitator card's « console » deep link opening the right page,
 * and the host's side of sharing to the meeting stage. The campaign is taken to a running workshop 1
 * through Teams activities and the tab's API (tests/support/methodJourney.ts), so the app runs in
 * local mode here: with an app id, the bot's replies would need tokens from the real Entra.
 */
jest.setTimeout(120_000);
const env = appInTeams({ mode: "local" });
// In local mode the API's caller is « local-user » (no identity cookie reaches a framed tab): the coordinator.
const coordinator: TeamsUser = { id: "29:local-user", name: "Utilisateur local", aadObjectId: "local-user" };
let journey: MethodJourney;

beforeAll(async () => {
  journey = new MethodJourney(env.server, coordinator);
  await journey.toWorkshop1Running();
}, 120_000);

/** The console in the meeting side panel, as Teams opens it there. */
function openSidePanel(options: { mayShareToStage?: boolean } = {}) {
  return env.teams.open({
    user: CAMILLE,
    frameContext: "sidePanel",
    entityId: `console:${journey.campaignId}`,
    meetingChatId: MEETING_CHAT_ID,
    path: `/console/${encodeURIComponent(journey.campaignId)}`,
    ...options,
  });
}

/** The console, once it shows the running workshop. */
async function consoleShown(frame: Frame): Promise<void> {
  await frame.getByTestId("devices-joined").waitFor();
  await frame.getByText("Respect").first().waitFor();
}

describe("the workshop inside the Teams meeting", () => {
  it("shows the facilitator's console in the 320 px side panel without horizontal scrolling", async () => {
    const tab = await env.teams.open({
      user: CAMILLE,
      frameContext: "sidePanel",
      entityId: `console:${journey.campaignId}`,
      meetingChatId: MEETING_CHAT_ID,
      path: `/console/${encodeURIComponent(journey.campaignId)}`,
    });
    try {
      await consoleShown(tab.frame);
      const layout = await tab.frame.evaluate(() => {
        const { document, innerWidth } = globalThis as unknown as FrameGlobals;
        const doc = document.documentElement;
        // Anything wider than the panel, named so a failure says what spills.
        const spilling = Array.from(document.querySelectorAll("body *"))
          .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} ${(el.textContent ?? "").slice(0, 40)}`)
          .slice(0, 5);
        return { width: innerWidth, scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, spilling };
      });
      await tab.page.screenshot({ path: artifactPath("teams-host-side-panel.png") });
      // The same commands as the facilitator card the bot sends in Teams, each a button of the panel.
      const card = await new WorkshopHarness(env.server, journey.campaignId, 1).card(coordinator, "workshop.refresh", {
        view: "facilitator",
      });
      const commands = allActions(card)
        .filter((a) => typeof a.data?.["revision"] === "number")
        .map((a) => a.title);
      expect(commands.length).toBeGreaterThan(3);
      for (const title of commands)
        expect(await tab.frame.getByRole("button", { name: title, exact: true }).count()).toBe(1);
      expect(layout).toEqual({ width: 320, scrollWidth: 320, clientWidth: 320, spilling: [] });
      expect(await runAxeInFrame(tab.frame)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it("opens the console from the facilitator card's deep link, and keeps a foreign page out", async () => {
    const card = await new WorkshopHarness(env.server, journey.campaignId, 1).card(coordinator, "workshop.refresh", {
      view: "facilitator",
    });
    const link = (findAction(card, (a) => a.type === "Action.OpenUrl") as { url?: string } | undefined)?.url;
    expect(link).toMatch(new RegExp(`^https://teams\\.microsoft\\.com/l/entity/${TEAMS_APP_ID}/home\\?context=`));

    const tab = await env.teams.open({ user: CAMILLE });
    try {
      await tab.frame.getByText("Aucune campagne pour l'instant.").or(tab.frame.getByRole("list")).first().waitFor();
      expect(await tab.openDeepLink(link!)).toBe(true);
      expect(tab.current.subEntityId).toBe(`/console/${encodeURIComponent(journey.campaignId)}`);
      await consoleShown(tab.frame);
      expect(new URL(tab.frame.url()).pathname).toBe(`/console/${encodeURIComponent(journey.campaignId)}`);

      // A link whose subEntityId is not one of the tab's pages opens the tab at its start, nowhere else.
      const foreign = `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/home?context=${encodeURIComponent(
        JSON.stringify({ subEntityId: "//evil.example/console/x" }),
      )}`;
      expect(await tab.openDeepLink(foreign)).toBe(true);
      await tab.frame.getByRole("heading", { level: 1, name: "Campagnes « Vivre ensemble »" }).waitFor();
      expect(new URL(tab.frame.url())).toMatchObject({ hostname: PUBLIC_HOSTNAME, pathname: "/" });
    } finally {
      await tab.close();
    }
  });

  it("shares the stage page to the meeting stage from the side panel console (« Partager à l'écran de la réunion »)", async () => {
    const stageUrl = `https://${PUBLIC_HOSTNAME}/stage/${encodeURIComponent(journey.campaignId)}`;
    const tab = await openSidePanel();
    try {
      await consoleShown(tab.frame);
      const share = tab.frame.getByRole("button", { name: "Partager à l'écran de la réunion" });
      // Above the fold of the panel, with the facilitator's commands.
      const bottomOf = (name: string) =>
        tab.frame.getByRole("button", { name, exact: true }).evaluate((button) => {
          const { innerHeight } = globalThis as unknown as { innerHeight: number };
          const { bottom } = (button as { getBoundingClientRect(): { bottom: number } }).getBoundingClientRect();
          return bottom <= innerHeight;
        });
      for (const name of ["Partager à l'écran de la réunion", "Terminer l'atelier", "Lancer le compte à rebours"])
        expect([name, await bottomOf(name)]).toEqual([name, true]);
      // Teams was asked first whether this user may share.
      expect(tab.requests.map((r) => r.func)).toContain("meeting.getAppContentStageSharingCapabilities");
      await share.click();
      await tab.frame.getByText("La scène est partagée à l'écran de la réunion.").waitFor();
      expect(tab.stageShares).toEqual([stageUrl]);
      expect(await runAxeInFrame(tab.frame)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it("says why sharing to the stage is not possible, with the stage page's address instead (not a presenter, not in a meeting)", async () => {
    const stageUrl = `https://${PUBLIC_HOSTNAME}/stage/${encodeURIComponent(journey.campaignId)}`;
    const attendee = await openSidePanel({ mayShareToStage: false });
    try {
      await consoleShown(attendee.frame);
      const refusal = attendee.frame.getByTestId("share-refusal");
      await refusal.getByText(/seuls les présentateurs le peuvent/).waitFor();
      expect(await refusal.getByRole("link", { name: stageUrl }).getAttribute("href")).toBe(stageUrl);
      expect(await attendee.frame.getByRole("button", { name: "Partager à l'écran de la réunion" }).count()).toBe(0);
      expect(attendee.stageShares).toEqual([]);
      expect(await runAxeInFrame(attendee.frame)).toEqual([]);
    } finally {
      await attendee.close();
    }

    // The console as a tab of a chat or a channel, outside any meeting: Teams is not even asked.
    const outside = await env.teams.open({
      user: CAMILLE,
      path: `/console/${encodeURIComponent(journey.campaignId)}`,
    });
    try {
      await consoleShown(outside.frame);
      const refusal = outside.frame.getByTestId("share-refusal");
      await refusal.getByText(/depuis le panneau latéral d'une réunion Teams/).waitFor();
      expect(await refusal.getByRole("link", { name: stageUrl }).getAttribute("href")).toBe(stageUrl);
      expect(outside.requests.map((r) => r.func)).not.toContain("meeting.getAppContentStageSharingCapabilities");
      expect(outside.stageShares).toEqual([]);
    } finally {
      await outside.close();
    }
  });

  it("shows the stage page on the meeting stage: the question, the join code, and a join address on the public host", async () => {
    const { code } = (await stageState(env.server.url, journey.campaignId)).join;
    const tab = await env.teams.open({
      user: CAMILLE,
      frameContext: "meetingStage",
      entityId: `stage:${journey.campaignId}`,
      meetingChatId: MEETING_CHAT_ID,
      path: `/stage/${encodeURIComponent(journey.campaignId)}`,
    });
    try {
      await tab.frame.getByRole("heading", { level: 1, name: /Proposez des actions simples/ }).waitFor();
      await tab.frame.getByText(code, { exact: true }).waitFor();
      // Phones in the room open the join page on the app's public address, not on the meeting's.
      await tab.frame.getByText(`https://${PUBLIC_HOSTNAME}/join/${code}`, { exact: false }).first().waitFor();
      expect(await tab.frame.getByRole("img", { name: /QR code/ }).count()).toBe(1);
      const width = await tab.frame.evaluate(() => {
        const { document, innerWidth } = globalThis as unknown as FrameGlobals;
        return { width: innerWidth, scrollWidth: document.documentElement.scrollWidth };
      });
      expect(width).toEqual({ width: 1280, scrollWidth: 1280 });
      await tab.page.screenshot({ path: artifactPath("teams-host-meeting-stage.png") });
      expect(await runAxeInFrame(tab.frame)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it("on the meeting stage shows no app navigation, header, footer or local-mode banner: the question, the results and how to join, in large type", async () => {
    const tab = await env.teams.open({
      user: CAMILLE,
      frameContext: "meetingStage",
      entityId: `stage:${journey.campaignId}`,
      meetingChatId: MEETING_CHAT_ID,
      path: `/stage/${encodeURIComponent(journey.campaignId)}`,
    });
    try {
      const question = tab.frame.getByRole("heading", { level: 1, name: /Proposez des actions simples/ });
      await question.waitFor();
      await tab.frame.getByText("Plus de politesse").waitFor();
      expect(await tab.frame.getByRole("navigation").count()).toBe(0);
      expect(await tab.frame.getByRole("banner").count()).toBe(0);
      expect(await tab.frame.getByRole("contentinfo").count()).toBe(0);
      expect(await tab.frame.getByTestId("local-mode-banner").count()).toBe(0);
      expect(await tab.frame.getByRole("link").count()).toBe(0);
      // Read from the back of the room: the question and the answers are well above body size.
      const sizes = await tab.frame.evaluate(() => {
        const { document, getComputedStyle } = globalThis as unknown as FrameGlobals & {
          getComputedStyle(element: unknown): { readonly fontSize: string };
        };
        const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize);
        return { question: px("h1"), results: px("[aria-live] li, [aria-live] p") };
      });
      expect(sizes.question).toBeGreaterThanOrEqual(40);
      expect(sizes.results).toBeGreaterThanOrEqual(24);
      expect(await runAxeInFrame(tab.frame)).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

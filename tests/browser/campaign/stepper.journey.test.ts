import type { BrowserContext, Page } from "playwright-core";
import type { CampaignProgressDto } from "../../../bot/src/contracts/campaignProgress";
import { MethodJourney } from "../../support/methodJourney";
import { tabText } from "../../support/tabText";
import { TEAM_ID, user } from "../../support/teamsActivities";
import { runAxe } from "../support/runAxe";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * The campaign page's stepper walked by the coordinator in Chromium, from recruiting agents to the
 * poster, from an empty store and through the doors people have only: the coordinator clicks the
 * pages; agents act in Teams (activities on /api/messages), usagers on their links and join devices
 * (tests/support/methodJourney.ts plays them).
 */
jest.setTimeout(90_000);
const env = serverAndBrowser({ OUTBOX_POLL_MS: "50" });
const coordinator = user(1, "Claire Coordinatrice");
let journey: MethodJourney;
let context: BrowserContext;
let page: Page;

const campaignUrl = () => `${env.server.url}/campaign/${encodeURIComponent(journey.campaignId)}`;
const forwardButton = (name: string) => page.getByTestId("next-step").getByRole("button", { name, exact: true });
const currentStep = () => page.getByTestId("campaign-stepper").locator('[aria-current="step"]');

type State = CampaignProgressDto["campaign"]["state"];
type Forward = Exclude<State, "draft">;
const stateName = (state: State) => tabText(`state.${state}`);
/** The panel's primary button towards `to`, by its label. */
const moveButton = (to: Forward) => forwardButton(tabText(`campaign.move.${to}`));
/** The notice after a move, as the page words it. */
const movedNotice = (to: State) =>
  page.getByTestId("campaign-notice").getByText(tabText("campaign.moved", { state: stateName(to) }));

/** The step marked for screen readers is `state`, and it is the only one. */
async function expectCurrentStep(state: State) {
  await page.getByTestId("campaign-stepper").locator(`[data-state="${state}"][aria-current="step"]`).waitFor();
  expect(await currentStep().count()).toBe(1);
  expect(await currentStep().innerText()).toContain(stateName(state));
}

/** Clicks the panel's primary button and waits for the page to say where the campaign now is. */
async function moveForward(to: Forward) {
  await moveButton(to).click();
  await movedNotice(to).waitFor();
  await expectCurrentStep(to);
}

async function expectNoSidewaysScroll(width: number) {
  await page.setViewportSize({ width, height: 800 });
  const measured = await page.evaluate(() => {
    type El = { tagName: string; getAttribute(n: string): string | null; getBoundingClientRect(): { right: number } };
    const g = globalThis as unknown as {
      document: { scrollingElement: { scrollWidth: number }; querySelectorAll(s: string): ArrayLike<El> };
      innerWidth: number;
    };
    const wide = Array.from(g.document.querySelectorAll("body *")).filter(
      (el) => el.getBoundingClientRect().right > g.innerWidth + 1,
    );
    return {
      scrollWidth: g.document.scrollingElement.scrollWidth,
      innerWidth: g.innerWidth,
      culprits: wide
        .slice(-3)
        .map((el) => `${el.tagName}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}`),
    };
  });
  // At 320 and 390 px, nothing pushes the page sideways (the culprits are named when something does).
  expect({
    width,
    fits: measured.scrollWidth <= measured.innerWidth,
    culprits: measured.scrollWidth <= measured.innerWidth ? [] : measured.culprits,
  }).toEqual({ width, fits: true, culprits: [] });
}

beforeAll(async () => {
  journey = new MethodJourney(env.server, coordinator);
  env.server.connector.members.set(
    TEAM_ID,
    [coordinator, ...journey.volunteers].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
  );
  await journey.installForEveryone();
  // In the team channel: « nouvelle campagne », the form, « inviter »; ten agents volunteer from the invitation.
  await journey.createAndInvite();
  await journey.volunteerAll();
  // axe is injected as a script: the CSP would rightly refuse it.
  context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  // The coordinator's local identity is their Entra id, which the banner's switch does not list
  // (it lists the local identities and the current one): the cookie the switch sets is set first.
  await context.addCookies([
    { name: "ve-local-user", value: encodeURIComponent(coordinator.aadObjectId), url: env.server.url },
  ]);
  page = await context.newPage();
}, 90_000);

afterAll(async () => {
  await context?.close();
});

afterEach(() => {
  expect(env.server.connector.cardProblems).toEqual([]);
});

describe("the campaign page, walked by its coordinator from recruitment to the poster", () => {
  it("lists what blocks workshop 1; the panel is confirmed on the recruitment page; « Passer à l'atelier 1 »", async () => {
    await page.goto(campaignUrl());
    await page.getByRole("heading", { level: 1, name: /Service funéraire — 2027/ }).waitFor();
    expect(await page.getByRole("combobox", { name: tabText("identity.label") }).inputValue()).toBe(
      coordinator.aadObjectId,
    );
    await expectCurrentStep("recruitingAgents");
    expect(
      await page
        .getByTestId("campaign-stepper")
        .locator('[data-status="done"]')
        .evaluateAll((li) => li.map((e) => e.getAttribute("data-state"))),
    ).toEqual(["draft"]);
    const blockers = page.getByTestId("blockers");
    expect(await blockers.locator("li").evaluateAll((li) => li.map((e) => e.getAttribute("data-code")))).toEqual([
      "campaign.agentPanelNotConfirmed",
    ]);
    expect((await blockers.innerText()).trim().length).toBeGreaterThan(10);
    expect(await moveButton("workshop1").isDisabled()).toBe(true);
    // The dates set in the channel's form, without a spacing warning (three weeks apart).
    expect(await page.locator('[data-workshop="2"]').innerText()).toMatch(/^Atelier 2 : .*23 mars 2027/);
    expect(await page.getByTestId("spacing-warning").count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
    for (const width of [320, 390]) await expectNoSidewaysScroll(width);
    await page.setViewportSize({ width: 1280, height: 900 });

    // On the recruitment page, by the link on the campaign page, as a person does.
    await page.getByRole("link", { name: tabText("home.card.recruitment"), exact: true }).click();
    await page.getByRole("heading", { level: 1, name: /Recrutement des panels/ }).waitFor();
    const confirmPanel = page.getByRole("button", { name: tabText("recruitment.panel.confirm") });
    await confirmPanel.waitFor();
    // The proposed panel (8 of the 10 volunteers) is ticked; the coordinator confirms it as proposed.
    expect(await page.getByRole("checkbox").count()).toBe(10);
    expect(await page.getByRole("checkbox", { checked: true }).count()).toBe(8);
    await confirmPanel.click();
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const [before = "", after = ""] = tabText("recruitment.panel.confirmed").split("{queued}");
    await page.getByText(new RegExp(`^${escape(before)}\\d+${escape(after)}$`)).waitFor();
    await journey.learnAgentPanel();

    await page.goto(campaignUrl());
    await expectCurrentStep("recruitingAgents");
    await page.getByText(tabText("campaign.next.ready")).waitFor();
    expect(await page.getByTestId("blockers").count()).toBe(0);
    await moveForward("workshop1");
    // Workshop 1 has not been held yet: the next button waits for it, and says so.
    expect(
      await page
        .getByTestId("blockers")
        .locator("li")
        .evaluateAll((li) => li.map((e) => e.getAttribute("data-code"))),
    ).toEqual(["campaign.workshopNotHeld"]);
    expect(await moveButton("recruitingUsagers").isDisabled()).toBe(true);
  });

  it("workshop 1 runs in the meeting (Teams); the coordinator reloads and clicks « Clore l'atelier 1 et recruter les usagers »", async () => {
    await journey.runWorkshop1();
    await page.reload();
    await page.locator('[data-workshop="1"]').getByText(tabText("campaign.workshops.running")).waitFor();
    await moveForward("recruitingUsagers");
    await page.locator('[data-workshop="1"]').getByText(tabText("campaign.workshops.held")).waitFor();
    expect(
      await page
        .getByTestId("blockers")
        .locator("li")
        .evaluateAll((li) => li.map((e) => e.getAttribute("data-code"))),
    ).toEqual(["campaign.usagerPanelNotConfirmed"]);
  });

  it("usagers answer their links; the usager panel is confirmed on the recruitment page; workshop 2 postponed once, with a confirmation, then taken again", async () => {
    await journey.nominateUsagers();
    await page.goto(`${env.server.url}/recruitment/${encodeURIComponent(journey.campaignId)}?section=usagers`);
    await page.getByRole("button", { name: tabText("usagers.panel.confirm") }).click();
    await page.getByText(tabText("usagers.panel.confirmed")).waitFor();

    await page.goto(campaignUrl());
    await moveForward("workshop2");

    // Postponed before it started: the page asks first, and « Annuler » changes nothing.
    const back = page.getByRole("button", {
      name: tabText("campaign.back.button", { state: stateName("recruitingUsagers") }),
    });
    await back.click();
    const dialog = page.getByRole("dialog", { name: tabText("campaign.back.title") });
    await dialog.waitFor();
    // axe measures contrast as painted: let the dialog's and its backdrop's fade-in finish first.
    await page.evaluate(() =>
      Promise.all(
        (globalThis as unknown as { document: { getAnimations(): { finished: Promise<unknown> }[] } }).document
          .getAnimations()
          .map((a) => a.finished),
      ),
    );
    expect(await runAxe(page)).toEqual([]);
    await dialog.getByRole("button", { name: tabText("campaign.confirm.no") }).click();
    await dialog.waitFor({ state: "detached" });
    await expectCurrentStep("workshop2");
    expect((await journey.progress()).campaign.state).toBe("workshop2");

    await back.click();
    await dialog.getByRole("button", { name: tabText("campaign.confirm.yes") }).click();
    await movedNotice("recruitingUsagers").waitFor();
    await expectCurrentStep("recruitingUsagers");
    // The usager panel stays confirmed: going forward again needs nothing more.
    await moveForward("workshop2");
  });

  it("workshop 2 runs on the usagers' devices; then the mixed panel, workshop 3, and « Clore l'atelier 3 et préparer l'affiche »", async () => {
    await journey.runWorkshop2();
    await page.reload();
    await page.locator('[data-workshop="2"]').getByText(tabText("campaign.workshops.running")).waitFor();
    await moveForward("mixedPanel");
    expect(
      await page
        .getByTestId("blockers")
        .locator("li")
        .evaluateAll((li) => li.map((e) => e.getAttribute("data-code"))),
    ).toEqual(["campaign.mixedPanelNotConfirmed"]);

    await journey.formMixedPanel();
    await page.reload();
    await moveForward("workshop3");
    await journey.runWorkshop3();
    await page.reload();
    await page.locator('[data-workshop="3"]').getByText(tabText("campaign.workshops.running")).waitFor();
    await moveForward("posterValidation");

    expect(
      await page
        .getByTestId("campaign-stepper")
        .locator('[data-status="done"]')
        .evaluateAll((li) => li.map((e) => e.getAttribute("data-state"))),
    ).toEqual(["draft", "recruitingAgents", "workshop1", "recruitingUsagers", "workshop2", "mixedPanel", "workshop3"]);
    // The history, newest first, names every move and who made it (the postponement too).
    // Each entry is its time, then its sentence.
    const moves = await page.getByTestId("history").locator("li > span").allInnerTexts();
    const path: readonly State[] = [
      "draft",
      "recruitingAgents",
      "workshop1",
      "recruitingUsagers",
      "workshop2",
      "recruitingUsagers",
      "workshop2",
      "mixedPanel",
      "workshop3",
      "posterValidation",
    ];
    expect(moves.reverse()).toEqual(
      path
        .slice(1)
        .map((to, i) =>
          tabText("campaign.history.move", { who: coordinator.name, from: stateName(path[i]!), to: stateName(to) }),
        ),
    );
    // The move made the poster from workshop 3: the poster page has it.
    const poster = await journey.tab.get(journey.path("/poster"));
    expect(poster.status).toBe(200);
    expect(poster.body.source).toBe("workshop");
  });

  it("the campaign page and the people page pass axe and do not scroll sideways at 320 and 390 px", async () => {
    await page.goto(campaignUrl());
    await expectCurrentStep("posterValidation");
    expect(await runAxe(page)).toEqual([]);
    for (const width of [320, 390]) await expectNoSidewaysScroll(width);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("link", { name: tabText("campaign.links.people") }).click();
    await page
      .getByRole("heading", { level: 1, name: tabText("people.title", { name: "Service funéraire — 2027" }) })
      .waitFor();
    await page.getByTestId("people").locator(`[data-person="${journey.panel[0]!.aadObjectId}"]`).waitFor();
    expect(await runAxe(page)).toEqual([]);
    for (const width of [320, 390]) await expectNoSidewaysScroll(width);
  });

  it("switched to another identity with the banner's switch, the same page shows the steps without the buttons", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(campaignUrl());
    const identity = page.getByRole("combobox", { name: tabText("identity.label") });
    await identity.waitFor();
    await Promise.all([page.waitForEvent("load"), identity.selectOption({ label: "Agent du service (local)" })]);
    await expectCurrentStep("posterValidation");
    expect(await page.getByRole("combobox", { name: tabText("identity.label") }).inputValue()).toBe("local-agent");
    await page.getByText("Seules les personnes qui coordonnent la campagne la font avancer.").waitFor();
    expect(await page.getByTestId("next-step").getByRole("button").count()).toBe(0);
    expect(await page.getByRole("link", { name: tabText("campaign.links.people") }).count()).toBe(0);
    // And the server agrees: the move the coordinator could make is refused to this identity.
    const tried = await page.context().request.post(`${env.server.url}${journey.path("/moves")}`, {
      data: { from: "posterValidation", to: "steeringCommittee" },
    });
    expect(tried.status()).toBe(403);
  });
});

import type { BrowserContext, Page } from "playwright-core";
import { MethodJourney } from "../support/methodJourney";
import type { Json } from "../support/tabApi";
import { tabText } from "../support/tabText";
import { user } from "../support/teamsActivities";
import { modulesOf, withImports } from "./support/chunkManifest";
import { runAxe } from "./support/runAxe";
import { serverAndBrowser } from "./support/serverAndBrowser";

/**
 * The roadmap page, followed by managers who mostly only read it: its first load brings no form
 * control (they come when someone asks to edit), and its coordinator still decides on each
 * commitment and updates each action from forms opened inline, at 320 px as on a desk, with a
 * refusal shown beside what was typed. The campaign is taken to its steering committee through the
 * doors people have (tests/support/methodJourney.ts); the committee then decides on this page.
 */
jest.setTimeout(60_000);
const env = serverAndBrowser({ OUTBOX_POLL_MS: "50" });
const coordinator = user(1, "Claire Coordinatrice");
let journey: MethodJourney;
let context: BrowserContext | undefined;

/** Packages that only the edit forms need: none of them may come with the page's first load. */
const FORMS_ONLY = [
  /^@fluentui\/react-spinbutton$/,
  /^@fluentui\/react-select$/,
  /^@fluentui\/react-textarea$/,
  /^tabster$/,
];

/** A read of the tab's API as the coordinator. */
async function read(suffix: "/roadmap" | "/committee"): Promise<Json> {
  const answer = await journey.tab.get(journey.path(suffix));
  if (answer.status !== 200) throw new Error(`GET ${suffix}: ${answer.status}`);
  return answer.body;
}

/** The roadmap page as its coordinator, and the scripts it requests from then on. */
async function openRoadmap(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; scripts: string[] }> {
  // axe is injected as an inline script, which the app's CSP refuses.
  context = await env.browser.newContext({ locale: "fr-FR", viewport, bypassCSP: true });
  context.setDefaultTimeout(15_000);
  // Local mode: who the browser is is the cookie the banner's identity switch sets.
  await context.addCookies([
    { name: "ve-local-user", value: encodeURIComponent(coordinator.aadObjectId), url: env.server.url },
  ]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const scripts: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".js")) scripts.push(path.replace(/^\//, ""));
  });
  await page.goto(`${env.server.url}/roadmap/${encodeURIComponent(journey.campaignId)}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
  return { page, scripts };
}

/** What sticks out past the right edge of a `width` px screen (nothing, on a page that fits). */
async function pastTheEdge(page: Page, width: number): Promise<string[]> {
  return page.evaluate((screen) => {
    type El = { getBoundingClientRect(): { right: number }; tagName: string; textContent: string | null };
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } }).document;
    return Array.from(doc.querySelectorAll("main *"))
      .filter((el) => el.getBoundingClientRect().right > screen + 0.5)
      .map((el) => `${el.tagName} ${(el.textContent ?? "").slice(0, 40)}`);
  }, width);
}

beforeAll(async () => {
  journey = new MethodJourney(env.server, coordinator);
  await journey.installForEveryone();
  await journey.toPosterValidation();
  await journey.validatePosterAndClose();
}, 90_000);

afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe("the roadmap page", () => {
  it("lets the coordinator record the committee's decision from a form opened on demand; the action appears", async () => {
    const { page } = await openRoadmap();
    const committee = (await read("/committee")).commitments as { id: string }[];
    const first = committee[0]!.id;
    const item = page.getByTestId(`commitment-${first}`);
    await item.getByText(tabText("roadmap.committee.undecided")).waitFor();
    expect(await page.getByRole("form").count()).toBe(0);
    const decide = item.getByRole("button", { name: tabText("roadmap.committee.decide") });
    expect(await decide.getAttribute("aria-expanded")).toBe("false");
    await decide.click();
    expect(await decide.getAttribute("aria-expanded")).toBe("true");
    // The form opens with the focus in its first field.
    const decision = item.getByLabel(tabText("roadmap.committee.decision"), { exact: true });
    await decision.waitFor();
    expect(await decision.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(
      true,
    );
    await decision.selectOption({ label: tabText("roadmap.committee.kind.adopted") });
    await item.getByLabel(tabText("roadmap.committee.reason")).fill("Simple à mettre en place");
    await item.getByRole("button", { name: tabText("roadmap.committee.record") }).click();
    await item.getByRole("status").getByText(tabText("roadmap.committee.saved")).waitFor();
    await item.getByText(/Simple à mettre en place/).waitFor();
    expect(await item.getByRole("form").count()).toBe(0);
    // The focus is back on the button that opened the form, which now offers to change the decision.
    const change = item.getByRole("button", { name: tabText("roadmap.committee.change") });
    expect(await change.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(
      true,
    );
    // The adopted commitment is an action of the roadmap now, without reloading the page.
    await page.getByTestId(`action-action-${first}`).waitFor();
    expect(await page.getByTestId("roadmap-summary").innerText()).toContain("1 action(s)");
  });

  it("loads no form control on its first load (no SpinButton, Select, Textarea nor tabster), only once a form opens", async () => {
    const { page, scripts } = await openRoadmap();
    const actions = (await read("/roadmap")).actions as { id: string }[];
    expect(actions.length).toBeGreaterThan(0);
    const card = page.getByTestId(`action-${actions[0]!.id}`);
    await card.waitFor();
    const formsOnly = (modules: Set<string>) => [...modules].filter((m) => FORMS_ONLY.some((p) => p.test(m)));
    // What the page itself brings: its chunk and everything that chunk imports.
    const pageScript = scripts.find((script) => /\/RoadmapPage-[A-Z2-7]{8}\.js$/.test(script));
    expect(pageScript).toBeDefined();
    expect(formsOnly(modulesOf(withImports(pageScript!)))).toEqual([]);
    // Everything the browser requested, the local-mode banner's included (its identity switch is a native select).
    const firstLoad = modulesOf(scripts);
    expect(firstLoad.has("pages/RoadmapPage.tsx")).toBe(true);
    expect(formsOnly(firstLoad)).toEqual([]);
    expect(firstLoad.has("poster/RoadmapProgressForm.tsx")).toBe(false);
    expect(firstLoad.has("poster/RoadmapPlanForm.tsx")).toBe(false);
    expect(firstLoad.has("poster/CommitteeDecisionForm.tsx")).toBe(false);

    await card.getByRole("button", { name: tabText("roadmap.edit.update") }).click();
    await card.getByLabel(tabText("roadmap.progressPercent")).waitFor();
    const withForm = modulesOf(scripts);
    expect(withForm.has("poster/RoadmapProgressForm.tsx")).toBe(true);
    expect(withForm.has("@fluentui/react-spinbutton")).toBe(true);
  });

  it("lets the coordinator update an action's progress: the form closes on the saved result; a refusal keeps what was typed", async () => {
    const { page } = await openRoadmap();
    const action = ((await read("/roadmap")).actions as { id: string }[])[0]!;
    const card = page.getByTestId(`action-${action.id}`);
    const open = card.getByRole("button", { name: tabText("roadmap.edit.update") });
    await open.click();
    await card.getByLabel(tabText("roadmap.status")).selectOption({ label: tabText("roadmap.status.inProgress") });
    const progress = card.getByLabel(tabText("roadmap.progressPercent"));
    await progress.fill("40");
    await progress.press("Tab");
    await card.getByLabel(tabText("roadmap.comment")).fill("Créneaux de 30 minutes proposés");

    // The connection drops while saving: the refusal shows in the form, and nothing typed is lost.
    await context!.setOffline(true);
    await card.getByRole("button", { name: tabText("roadmap.addUpdate") }).click();
    await card.getByRole("form").getByRole("alert").waitFor();
    expect(await card.getByLabel(tabText("roadmap.comment")).inputValue()).toBe("Créneaux de 30 minutes proposés");
    expect(await progress.inputValue()).toBe("40");
    expect(await page.getByRole("alert").count()).toBe(1);

    await context!.setOffline(false);
    await card.getByRole("button", { name: tabText("roadmap.addUpdate") }).click();
    await card.getByRole("status").getByText(tabText("roadmap.saved")).waitFor();
    expect(await card.getByRole("form").count()).toBe(0);
    expect(await open.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(
      true,
    );
    const bar = card.getByRole("progressbar", { name: tabText("roadmap.progress") });
    expect(await bar.getAttribute("aria-valuenow")).toBe("40");
    await card
      .getByRole("list", { name: tabText("roadmap.history") })
      .getByText(/Créneaux de 30 minutes proposés/)
      .waitFor();
    expect(await page.getByTestId("roadmap-summary").innerText()).toContain("1 en cours");
    const saved = ((await read("/roadmap")).actions as { id: string }[]).find((a) => a.id === action.id);
    expect(saved).toMatchObject({ status: "inProgress", progress: 40 });
    expect(await runAxe(page)).toEqual([]);
  });

  it("fits a 320 px screen with its forms open, and has no axe violation", async () => {
    const { page } = await openRoadmap({ width: 320, height: 800 });
    const action = ((await read("/roadmap")).actions as { id: string }[])[0]!;
    const card = page.getByTestId(`action-${action.id}`);
    await card.waitFor();
    expect(await pastTheEdge(page, 320)).toEqual([]);
    expect(await runAxe(page)).toEqual([]);

    // Keyboard only: the plan form opens from its button and closes with Escape.
    const plan = card.getByRole("button", { name: tabText("roadmap.edit.plan") });
    await plan.focus();
    await page.keyboard.press("Enter");
    await card.locator("[aria-expanded=true]").waitFor();
    const owner = card.getByLabel(tabText("roadmap.owner"), { exact: true });
    await owner.waitFor();
    expect(await pastTheEdge(page, 320)).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await owner.waitFor({ state: "detached" });

    await card.getByRole("button", { name: tabText("roadmap.edit.update") }).click();
    await card.getByLabel(tabText("roadmap.comment")).waitFor();
    const first = (await read("/committee")).commitments[0].id as string;
    await page
      .getByTestId(`commitment-${first}`)
      .getByRole("button", { name: tabText("roadmap.committee.change") })
      .click();
    await page.getByTestId(`commitment-${first}`).getByLabel(tabText("roadmap.committee.level")).waitFor();
    expect(await pastTheEdge(page, 320)).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
  });
});

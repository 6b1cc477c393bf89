import type { BrowserContext, Page } from "playwright-core";
import { MethodJourney } from "../../support/methodJourney";
import { tabText } from "../../support/tabText";
import { TEAM_ID, user } from "../../support/teamsActivities";
import { serverAndBrowser } from "../support/serverAndBrowser";

/**
 * Roles in the tab, from an empty store and through the doors people have only: the campaign is
 * taken to a roadmap in progress by its coordinator and the others in Teams, on their phones and
 * through the tab's API (tests/support/methodJourney.ts); then, in Chromium, the coordinator names
 * a manager from the team's roster and a reader, erases a volunteer's data, and the manager and the
 * reader each open the roadmap as themselves.
 */
jest.setTimeout(90_000);
const env = serverAndBrowser({ OUTBOX_POLL_MS: "50" });
const coordinator = user(1, "Claire Coordinatrice");
const manager = user(50, "Marc Manager");
let journey: MethodJourney;
let context: BrowserContext | undefined;

const IDENTITY_COOKIE = "ve-local-user";

/** The history's line for a role the coordinator gave. */
const named = (person: string, role: "manager" | "reader") =>
  tabText("campaign.history.roleAdded", { who: coordinator.name, person, role: tabText(`campaign.role.${role}`) });

/** A browser whose local identity is already `id` (the cookie the banner's identity switch sets). */
async function openAs(id: string, path: string): Promise<Page> {
  // axe is injected as a script elsewhere; here bypassCSP only keeps the contexts alike.
  context = await env.browser.newContext({ locale: "fr-FR", bypassCSP: true });
  context.setDefaultTimeout(15_000);
  await context.addCookies([{ name: IDENTITY_COOKIE, value: encodeURIComponent(id), url: env.server.url }]);
  const page = await context.newPage();
  await page.goto(env.server.url + path);
  return page;
}

beforeAll(async () => {
  journey = new MethodJourney(env.server, coordinator);
  // The team as Teams knows it when the campaign starts: Marc joins the team later.
  env.server.connector.members.set(
    TEAM_ID,
    [coordinator, ...journey.volunteers].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
  );
  await journey.installForEveryone();
  await journey.toRoadmapInProgress();
  env.server.connector.members.set(
    TEAM_ID,
    [coordinator, ...journey.volunteers, manager].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
  );
}, 90_000);

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(env.server.connector.cardProblems).toEqual([]);
});

describe("roles on the people page, then the roadmap as each role sees it", () => {
  it("the coordinator reads the team's roster again, names Marc « responsable » and the local reader « lecture »", async () => {
    const page = await openAs(coordinator.aadObjectId, `/people/${encodeURIComponent(journey.campaignId)}`);
    await page
      .getByRole("heading", { level: 1, name: tabText("people.title", { name: "Service funéraire — 2027" }) })
      .waitFor();
    const picker = page.getByRole("combobox", { name: tabText("people.roles.search") });
    const staff = page.getByTestId("staff");

    // Marc joined the team after the roster was last read: the picker does not know him yet.
    await picker.pressSequentially("Marc");
    await page.getByText(tabText("people.roles.noMatch")).waitFor();
    await page.getByRole("button", { name: tabText("people.roles.refresh") }).click();
    await page.getByText(tabText("people.roles.rosterReadAt").split("{date}")[0]!).waitFor();
    await picker.click();
    await page.getByRole("listbox").getByRole("option", { name: "Marc Manager" }).click();
    expect(await picker.inputValue()).toBe("Marc Manager");
    await page.getByRole("radio", { name: tabText("campaign.role.manager") }).check();
    await page.getByRole("button", { name: tabText("people.roles.assign") }).click();
    await page.getByTestId("roles-notice").getByText(tabText("people.roles.saved")).waitFor();
    await staff
      .locator(`[data-person="${manager.aadObjectId}"][data-role="manager"]`)
      .getByText("Marc Manager", { exact: true })
      .waitFor();

    // The local identities are offered too, so one person can try each role on this machine.
    await picker.pressSequentially("Lecteur");
    await page.getByRole("listbox").getByRole("option", { name: "Lecteur (local)" }).click();
    await page.getByRole("radio", { name: tabText("campaign.role.reader") }).check();
    await page.getByRole("button", { name: tabText("people.roles.assign") }).click();
    await staff.locator('[data-person="local-reader"][data-role="reader"]').waitFor();
    expect(
      await staff
        .locator("li")
        .evaluateAll((items) => items.map((li) => [li.getAttribute("data-person"), li.getAttribute("data-role")])),
    ).toEqual([
      [coordinator.aadObjectId, "coordinator"],
      [manager.aadObjectId, "manager"],
      ["local-reader", "reader"],
    ]);

    // The history on the campaign page says who named whom.
    await page.getByRole("link", { name: tabText("campaign.card.steps") }).click();
    const history = page.getByTestId("history");
    await history.getByText(named(manager.name, "manager")).waitFor();
    await history.getByText(named("Lecteur (local)", "reader")).waitFor();
  });

  it("the coordinator erases a volunteer's data from the people list: a confirmation first, then a receipt", async () => {
    const volunteer = journey.volunteers.find((v) => !journey.panel.includes(v))!;
    const page = await openAs(coordinator.aadObjectId, `/people/${encodeURIComponent(journey.campaignId)}`);
    const row = page.getByTestId("people").locator(`[data-person="${volunteer.aadObjectId}"]`);
    await row.getByText(`${tabText("people.kind.agent")} · ${tabText("people.status.volunteered")}`).waitFor();
    await row.getByRole("button", { name: `${tabText("people.erase")} — ${volunteer.name}` }).click();
    const dialog = page.getByRole("dialog", { name: tabText("people.erase.confirmTitle", { name: volunteer.name }) });
    await dialog.waitFor();
    // Changing one's mind leaves everything as it was.
    await dialog.getByRole("button", { name: tabText("campaign.confirm.no") }).click();
    await dialog.waitFor({ state: "detached" });
    expect((await journey.tab.get(journey.path(`/people/${encodeURIComponent(volunteer.aadObjectId)}`))).status).toBe(
      200,
    );

    await row.getByRole("button", { name: `${tabText("people.erase")} — ${volunteer.name}` }).click();
    await dialog.getByRole("button", { name: tabText("people.erase") }).click();
    const receipt = page.getByTestId("people-notice");
    const [receiptStart = ""] = tabText("people.erase.receipt", { name: volunteer.name }).split("{date}");
    await receipt.getByText(receiptStart).waitFor();
    // In words a person reads, each kind with what it held: their sign-up, and the panel's outcome message queued to them.
    const text = await receipt.innerText();
    expect(text).toContain(` : ${tabText("people.erased.volunteer")}, ${tabText("people.erased.outbox")} (`);
    expect(text).not.toContain(tabText("people.erase.nothing"));
    expect(text).not.toMatch(/volunteer|outbox/);
    await row.waitFor({ state: "detached" });
    expect((await journey.tab.get(journey.path(`/people/${encodeURIComponent(volunteer.aadObjectId)}`))).status).toBe(
      404,
    );
  });

  it("Marc edits a roadmap action as a person does; switched to the reader, the page has no edit controls and the API says 403", async () => {
    const actions = (await journey.as(manager).get(journey.path("/roadmap"))).body.actions as {
      id: string;
      title: string;
    }[];
    expect(actions.length).toBeGreaterThan(0);
    const action = actions[0]!;
    // Marc's identity is his Entra id, which the banner's switch does not list (it lists the local
    // identities and the current one): the cookie the switch sets stands in for it.
    const page = await openAs(manager.aadObjectId, `/roadmap/${encodeURIComponent(journey.campaignId)}`);
    const card = page.getByTestId(`action-${action.id}`);
    await card.getByRole("heading", { name: action.title }).waitFor();
    // The forms open on demand, one at a time, from the action's own buttons.
    await card.getByRole("button", { name: tabText("roadmap.edit.plan") }).click();
    await card.getByLabel("Responsable", { exact: true }).fill("Responsable accueil");
    await card.getByLabel("Échéance", { exact: true }).fill("2027-06-30");
    await card.getByRole("button", { name: "Enregistrer responsable et échéance" }).click();
    await card.getByRole("status").getByText("Enregistré.").waitFor();
    await card.getByText(/^Responsable : Responsable accueil · Échéance : .*2027/).waitFor();
    expect(await card.getByRole("form").count()).toBe(0);

    await card.getByRole("button", { name: tabText("roadmap.edit.update") }).click();
    await card.getByLabel("Statut").selectOption({ label: "En cours" });
    const progress = card.getByLabel("Avancement (%)");
    await progress.fill("30");
    await progress.press("Tab");
    await card.getByLabel("Commentaire daté").fill("Créneaux testés");
    await card.getByRole("button", { name: "Ajouter la mise à jour" }).click();
    await card
      .getByRole("list", { name: /historique/i })
      .getByText(/Créneaux testés/)
      .waitFor();
    const saved = (await journey.tab.get(journey.path("/roadmap"))).body.actions.find(
      (a: { id: string }) => a.id === action.id,
    );
    expect(saved).toMatchObject({
      owner: "Responsable accueil",
      dueDate: "2027-06-30",
      status: "inProgress",
      progress: 30,
    });

    // The identity switch, as a person uses it: the page reloads as the reader.
    const identity = page.getByRole("combobox", { name: "Agir en tant que" });
    expect(await identity.inputValue()).toBe(manager.aadObjectId);
    await Promise.all([page.waitForEvent("load"), identity.selectOption({ label: "Lecteur (local)" })]);
    await page.getByRole("combobox", { name: "Agir en tant que" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Agir en tant que" }).inputValue()).toBe("local-reader");
    await card.getByRole("heading", { name: action.title }).waitFor();
    await card.getByText(/^Responsable : Responsable accueil/).waitFor();
    expect(await card.getByRole("button").count()).toBe(0);
    expect(await card.getByRole("textbox").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Enregistrer responsable et échéance" }).count()).toBe(0);

    // Trying anyway, with the page's own cookie: the server refuses, in French.
    const tried = await page
      .context()
      .request.patch(`${env.server.url}${journey.path(`/roadmap/${encodeURIComponent(action.id)}`)}`, {
        data: { owner: "Quelqu'un" },
        headers: { "Accept-Language": "fr-FR" },
      });
    expect(tried.status()).toBe(403);
    expect(((await tried.json()) as { error: { message: string } }).error.message).toEqual(expect.any(String));
    const updates = await page
      .context()
      .request.post(`${env.server.url}${journey.path(`/roadmap/${encodeURIComponent(action.id)}/updates`)}`, {
        data: { progress: 50 },
      });
    expect(updates.status()).toBe(403);
    expect(
      (await journey.tab.get(journey.path("/roadmap"))).body.actions.find((a: { id: string }) => a.id === action.id),
    ).toMatchObject({ owner: "Responsable accueil", progress: 30 });
  });
});

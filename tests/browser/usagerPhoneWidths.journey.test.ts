import type { BrowserContext, Page } from "playwright-core";
import { executeInvoke } from "../support/recruitmentActivities";
import { TabSession, type Json } from "../support/tabApi";
import { user, type TeamsUser } from "../support/teamsActivities";
import { stageState, WorkshopHarness } from "../support/workshopHarness";
import { serverAndBrowser } from "./support/serverAndBrowser";

/**
 * Usagers open their pages on a phone, often a small one: no page of theirs may scroll sideways,
 * whatever it shows after each thing they can do there. Each state is measured at 390 px (a common
 * phone, as the page opens) and 320 px (the narrowest phones still in use), and every overflow is
 * listed at once. One campaign goes through the method as people move it, only through their
 * doors: the tab's API as the coordinator (who is also the Teams user running the workshops),
 * Teams activities on /api/messages, and the usagers' public pages themselves.
 */
const env = serverAndBrowser();
const WIDTHS = [390, 320] as const;

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function phone(locale = "fr-FR"): Promise<Page> {
  context = await env.browser.newContext({
    locale,
    viewport: { width: WIDTHS[0], height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

interface Width {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** The innermost elements past the screen's right edge, to say what overflows. */
  readonly culprits: readonly string[];
}

/** The document's width against the screen's, at each phone width; returns the overflows found. */
async function sideScroll(page: Page, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    const m = await page.evaluate(
      (screen) =>
        new Promise<Width>((resolve) => {
          type El = {
            getBoundingClientRect(): { right: number };
            contains(other: El): boolean;
            tagName: string;
            textContent: string | null;
          };
          const g = globalThis as unknown as {
            document: { scrollingElement: { scrollWidth: number }; querySelectorAll(s: string): ArrayLike<El> };
            innerWidth: number;
            requestAnimationFrame(f: () => void): void;
          };
          // Two frames: the new width is laid out before it is read.
          g.requestAnimationFrame(() =>
            g.requestAnimationFrame(() => {
              const past = Array.from(g.document.querySelectorAll("body *")).filter(
                (el) => el.getBoundingClientRect().right > screen + 0.5,
              );
              const culprits = past.filter((el) => !past.some((other) => other !== el && el.contains(other)));
              resolve({
                scrollWidth: g.document.scrollingElement.scrollWidth,
                innerWidth: g.innerWidth,
                culprits: culprits
                  .slice(0, 3)
                  .map((el) => `${el.tagName.toLowerCase()} « ${(el.textContent ?? "").trim().slice(0, 50)} »`),
              });
            }),
          );
        }),
      width,
    );
    // A phone zooms a too-wide page out until it fits, which widens innerWidth with it: the
    // document is held to the screen's width as well.
    if (m.scrollWidth > Math.min(m.innerWidth, width))
      found.push(`${state} at ${width} px: ${m.scrollWidth} px wide (${m.culprits.join(", ")})`);
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 844 });
  return found;
}

function ok(answer: { status: number; body: Json }): Json {
  if (answer.status >= 300) throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 400)}`);
  return answer.body;
}

describe("usager pages on a phone: no sideways scrolling", () => {
  const coordinator = user(81, "Claire Coordinatrice");
  const agents = [user(82, "Agent Un"), user(83, "Agente Deux")];
  let tab: TabSession;
  let campaignId: string;
  const links = { chosen: "", declining: "", other: "" };
  let chosenId = "";
  const base = () => `/api/campaigns/${encodeURIComponent(campaignId)}`;
  const move = async (from: string, to: string) =>
    expect(ok(await tab.post(`${base()}/moves`, { from, to })).campaign.state).toBe(to);
  const harness = (kind: 1 | 2 | 3) => new WorkshopHarness(env.server, campaignId, kind);
  const mixedAnswer = (agent: TeamsUser, answer: "yes" | "no") =>
    env.server.postActivity(
      executeInvoke({
        serviceUrl: env.server.connector.url,
        from: agent,
        verb: "recruitment.mixedAnswer",
        data: { campaignId, answer },
        locale: "fr-FR",
        where: "personal",
      }),
    );

  beforeAll(async () => {
    // The coordinator's tab and Teams identities are the same person (the local identity cookie).
    tab = new TabSession(env.server.url, coordinator.aadObjectId);
    // Long names, as in real services.
    const created = ok(
      await tab.post("/api/campaigns", {
        name: "Maison de services au public de Strasbourg-Hautepierre",
        approach: "thematic",
        services: ["Accueil des familles et état civil"],
        panelSize: 4,
        workshop1: "2027-03-02",
        workshop2: "2027-03-23",
        workshop3: "2027-04-13",
      }),
    );
    campaignId = created.campaign.id as string;
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
    ok(await tab.post(`${base()}/panel/confirm`, { selectedIds: agents.map((a) => a.aadObjectId) }));
    await move("draft", "recruitingAgents");
    await move("recruitingAgents", "workshop1");
    const w1 = harness(1);
    await w1.say(coordinator, "atelier");
    await w1.command(coordinator, "start");
    await move("workshop1", "recruitingUsagers");
  }, 60_000);

  it("the confirmation link: the form, a refusal, accepting, declining, the panel's outcome", async () => {
    const overflows: string[] = [];
    const nominate = async (name: string) =>
      ok(await tab.post(`${base()}/usagers`, { name, kind: "individual", ageBand: "55plus" })).link as string;
    links.chosen = await nominate("Mme Marie-Christine Oberkirchner-Schmittheisler");
    links.declining = await nominate("M. Jean-Baptiste Heckenbach");
    links.other = await nominate("Mme Lucie Wendling");

    const page = await phone();
    await page.goto(links.chosen);
    await page.getByText(/Bonjour Mme Marie-Christine/).waitFor();
    overflows.push(...(await sideScroll(page, "confirm: the form")));
    await page.getByRole("radio", { name: "femme" }).check();
    await page.getByRole("radio", { name: "régulièrement" }).check();
    // Buttons are pressed from the keyboard: on an overflowing page a phone zooms out and elements
    // overlap, so a tap could miss before the widths are even reported.
    await page.getByRole("button", { name: "Je participe" }).press("Enter");
    await page.getByRole("alert").filter({ hasText: "consentement" }).first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: refused without consent")));
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Je participe" }).press("Enter");
    await page.getByRole("status").filter({ hasText: "Merci ! Votre participation est enregistrée" }).first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: accepted")));

    await page.goto(links.declining);
    await page.getByRole("button", { name: "Je ne participe pas" }).press("Enter");
    await page
      .getByText(/C'est noté/)
      .first()
      .waitFor();
    overflows.push(...(await sideScroll(page, "confirm: declined")));

    await page.goto(links.other);
    await page.getByRole("radio", { name: "entreprise" }).check();
    await page.getByRole("radio", { name: "30 à 44 ans" }).check();
    await page.getByRole("radio", { name: "homme" }).check();
    await page.getByRole("radio", { name: "de temps en temps" }).check();
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Je participe" }).press("Enter");
    await page.getByRole("status").filter({ hasText: "Merci !" }).first().waitFor();
    // Workshop 2's Teams meeting, as the coordinator pastes it; then the usager panel.
    ok(
      await tab.patch(base(), {
        meetingUrl2: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${"N2Q4ZjY1".repeat(12)}%40thread.v2/0`,
      }),
    );
    const usagers = ok(await tab.get(`${base()}/usagers`)).usagers as { id: string; name: string }[];
    chosenId = usagers.find((u) => u.name.startsWith("Mme Marie-Christine"))!.id;
    ok(await tab.post(`${base()}/usagers/panel/confirm`, { selectedIds: [chosenId] }));
    await page.goto(links.chosen);
    await page.getByText("Vous êtes retenu·e pour l'atelier des usagers").first().waitFor();
    overflows.push(...(await sideScroll(page, "confirm: selected, with the date and the meeting link")));
    await page.goto(links.other);
    await page
      .getByText(/vous n'y êtes pas cette fois-ci/)
      .first()
      .waitFor();
    overflows.push(...(await sideScroll(page, "confirm: not selected")));

    await page.goto(`${env.server.url}/confirm/${"x".repeat(32)}`);
    await page.getByText(/Ce lien n'est pas valide/).waitFor();
    overflows.push(...(await sideScroll(page, "confirm: a wrong link")));

    expect(overflows).toEqual([]);
  }, 60_000);

  it("the join page in workshop 2: before the start, contributing, the scale, the actions with who commits, the end", async () => {
    const overflows: string[] = [];
    await move("recruitingUsagers", "workshop2");
    const w2 = harness(2);
    await w2.say(coordinator, "atelier");
    const code = (await stageState(env.server.url, campaignId)).join.code;

    const page = await phone();
    await page.goto(`${env.server.url}/join/${code}`);
    await page
      .getByText(/L'atelier va bientôt commencer/)
      .first()
      .waitFor();
    overflows.push(...(await sideScroll(page, "join: before the start")));

    await w2.command(coordinator, "start");
    await w2.command(coordinator, "openInput");
    const field = page.getByLabel(/Votre mot ou courte phrase/);
    await field.waitFor();
    overflows.push(...(await sideScroll(page, "join: the ideal relation, input open")));
    // What usagers type is shown back to them: a web address and a long word must wrap too.
    await field.fill("https://www.service-public.fr/particuliers/vosdroits/F1234?xtor=RSS-100");
    await page.getByRole("button", { name: "Ajouter" }).press("Enter");
    await page.getByText("Merci, c'est noté !").waitFor();
    await field.fill("Anticonstitutionnellement-intergouvernementalisation");
    await page.getByRole("button", { name: "Ajouter" }).press("Enter");
    await page.getByText("Anticonstitutionnellement-intergouvernementalisation").waitFor();
    overflows.push(...(await sideScroll(page, "join: after contributing")));

    await w2.command(coordinator, "next"); // chaotic
    await w2.command(coordinator, "next"); // scale
    await w2.command(coordinator, "openInput");
    const scale = page.getByLabel(/Votre position/);
    await scale.waitFor();
    overflows.push(...(await sideScroll(page, "join: the scale")));
    await scale.selectOption("7");
    await page.getByRole("button", { name: "Envoyer" }).press("Enter");
    await page.getByText("Votre réponse : 7 sur 10.").waitFor();
    overflows.push(...(await sideScroll(page, "join: after answering the scale")));

    await w2.command(coordinator, "next"); // actions
    await w2.command(coordinator, "openInput");
    await page.getByText("Qui s'engagerait ?").waitFor();
    overflows.push(...(await sideScroll(page, "join: the actions, with who commits")));
    await page
      .getByLabel(/Votre mot ou courte phrase/)
      .fill("Afficher les horaires d'ouverture à l'entrée et sur https://www.strasbourg.eu/horaires-mairies");
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Ajouter" }).press("Enter");
    await page.getByText("Merci, c'est noté !").waitFor();
    overflows.push(...(await sideScroll(page, "join: after proposing an action")));
    await w2.command(coordinator, "end");
    await page
      .getByText(/atelier est terminé/)
      .first()
      .waitFor();
    // The last step's card goes with the workshop: no field is left inviting answers nobody can send.
    await page.getByLabel(/Votre mot ou courte phrase/).waitFor({ state: "detached" });
    overflows.push(...(await sideScroll(page, "join: the workshop ended")));

    await page.goto(`${env.server.url}/join/ZZZZZZZZ`);
    await page.getByRole("alert").waitFor();
    overflows.push(...(await sideScroll(page, "join: an unknown code")));

    expect(overflows).toEqual([]);
  }, 90_000);

  it("the confirmation link asks about workshop 3: the question, yes, a change of mind, the panel settled", async () => {
    const overflows: string[] = [];
    await move("workshop2", "mixedPanel");
    ok(await tab.post(`${base()}/mixed/open`));
    const page = await phone();
    await page.goto(links.chosen);
    await page.getByRole("heading", { name: /atelier 3/ }).waitFor();
    overflows.push(...(await sideScroll(page, "confirm: workshop 3's question")));
    await page.getByRole("button", { name: "Oui, je participe à l'atelier 3" }).press("Enter");
    await page.getByText("C'est noté : vous êtes volontaire pour l'atelier 3.").waitFor();
    overflows.push(...(await sideScroll(page, "confirm: workshop 3, yes")));
    await page.getByRole("button", { name: "Non merci" }).press("Enter");
    await page.getByText("C'est noté : vous ne participerez pas à l'atelier 3.").waitFor();
    overflows.push(...(await sideScroll(page, "confirm: workshop 3, changed to no")));
    await page.getByRole("button", { name: "Oui, je participe à l'atelier 3" }).press("Enter");
    await page.getByText("C'est noté : vous êtes volontaire pour l'atelier 3.").waitFor();

    expect((await mixedAnswer(agents[0]!, "yes")).status).toBe(200);
    ok(await tab.post(`${base()}/mixed/confirm`, { agentIds: [agents[0]!.aadObjectId], usagerIds: [chosenId] }));
    await page.reload();
    await page.getByRole("heading", { name: /atelier 3/ }).waitFor();
    overflows.push(...(await sideScroll(page, "confirm: workshop 3's panel settled")));

    expect(overflows).toEqual([]);
  }, 60_000);

  it("the join page in workshop 3: the qualities' dot vote, before and after a dot", async () => {
    const overflows: string[] = [];
    await move("mixedPanel", "workshop3");
    const w3 = harness(3);
    await w3.say(coordinator, "atelier");
    await w3.command(coordinator, "start");
    await w3.command(coordinator, "openInput");
    const page = await phone();
    await page.goto(`${env.server.url}/join/${(await stageState(env.server.url, campaignId)).join.code}`);
    const vote = page.getByRole("button", { name: "+1 gommette" }).first();
    await vote.waitFor();
    overflows.push(...(await sideScroll(page, "join: the qualities' dot vote")));
    await vote.press("Enter");
    await page.getByRole("button", { name: "Retirer une gommette" }).first().waitFor();
    overflows.push(...(await sideScroll(page, "join: after a dot vote")));
    await w3.command(coordinator, "end");

    expect(overflows).toEqual([]);
  }, 60_000);

  it("the follow-up link: the poster to validate, asking for a change, approving after all, then the roadmap", async () => {
    const overflows: string[] = [];
    // The coordinator writes the poster in the tab, as after a workshop held on paper; it moves the
    // campaign to the poster's validation and gives each usager a follow-up link.
    ok(
      await tab.post(`${base()}/poster`, {
        content: {
          qualities: [
            { text: "Respect" },
            { text: "Qualité de l'accueil" },
            { text: "Bienveillance-intergénérationnelle-réciproque" },
          ],
          commitments: [
            {
              party: "agents",
              text: "prendre plus de temps pour accompagner l'usager dans ses démarches sur https://www.service-public.fr/particuliers/vosdroits",
            },
            { party: "usagers", text: "respecter les horaires de rendez-vous" },
            { party: "both", text: "plus de politesse, de part et d'autre" },
          ],
        },
        // An agent too, so the usager's approval leaves the validation open until the coordinator closes it.
        participants: {
          teams: [{ aadObjectId: agents[0]!.aadObjectId, name: agents[0]!.name }],
          usagers: [{ name: "Mme Marie-Christine Oberkirchner-Schmittheisler" }],
        },
      }),
    );
    const followLinks = ok(await tab.get(`${base()}/poster`)).usagerLinks as { url: string }[];
    const page = await phone();
    await page.goto(links.chosen);
    await page.getByRole("heading", { level: 1 }).waitFor();
    overflows.push(...(await sideScroll(page, "confirm: once the poster exists")));
    await page.goto(followLinks[0]!.url);
    await page.getByTestId("poster-sheet").waitFor();
    overflows.push(...(await sideScroll(page, "follow: the poster to validate")));

    await page
      .getByTestId("answer-comment")
      .fill(
        "Pourriez-vous ajouter l'adresse https://www.strasbourg.eu/mairies-de-quartier-horaires-et-adresses à l'affiche ?",
      );
    await page.getByTestId("answer-change").press("Enter");
    await page.getByText(/Vous avez demandé/).waitFor();
    overflows.push(...(await sideScroll(page, "follow: after asking for a change")));
    await page.getByTestId("answer-approve").press("Enter");
    await page.getByText("Vous avez approuvé cette version").waitFor();
    overflows.push(...(await sideScroll(page, "follow: after approving")));

    ok(await tab.post(`${base()}/poster/close`));
    const commitments = ok(await tab.get(`${base()}/committee`)).commitments as { id: string }[];
    for (const c of commitments)
      ok(
        await tab.post(`${base()}/committee/decisions`, { commitmentId: c.id, decision: "adopted", level: "service" }),
      );
    const actions = ok(await tab.get(`${base()}/roadmap`)).actions as { id: string }[];
    expect(actions.length).toBe(commitments.length);
    ok(
      await tab.patch(`${base()}/roadmap/${actions[0]!.id}`, {
        owner: "Responsable de l'accueil des familles et de l'état civil",
        dueDate: "2027-09-30",
      }),
    );
    ok(
      await tab.post(`${base()}/roadmap/${actions[0]!.id}/updates`, {
        status: "inProgress",
        progress: 40,
        comment:
          "Rendez-vous de 30 minutes proposés ; détails sur https://www.strasbourg.eu/rendez-vous-etat-civil-mairies-de-quartier",
      }),
    );
    await page.reload();
    await page
      .getByText(/Rendez-vous de 30 minutes/)
      .first()
      .waitFor();
    overflows.push(...(await sideScroll(page, "follow: the roadmap in progress")));

    await page.goto(`${env.server.url}/follow/${"x".repeat(40)}`);
    await page.getByRole("alert").waitFor();
    overflows.push(...(await sideScroll(page, "follow: a wrong link")));

    expect(overflows).toEqual([]);
  }, 60_000);

  it("the accessibility statement their pages link to", async () => {
    const page = await phone();
    await page.goto(`${env.server.url}/accessibility`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await sideScroll(page, "the accessibility statement")).toEqual([]);
  });
});

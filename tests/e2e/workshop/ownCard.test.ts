import { translate } from "../../../bot/src/i18n/translate";
import { expectValidCard } from "../../support/cardValidator";
import { fromWorkshop1Running } from "../../support/methodJourney";
import { TabSession } from "../../support/tabApi";
import { user } from "../../support/teamsActivities";
import { requestIdOf, stageState, textOf, WorkshopHarness } from "../../support/workshopHarness";

/**
 * A member's own card in the meeting side panel: the same participant card the bot posts in the
 * chat, read and answered through the tab's API, under the same key as in Teams, so an answer
 * given in the panel and in the chat is one person's.
 */
jest.setTimeout(120_000);

describe("a member's own card in the side panel", () => {
  const coordinator = user(1, "Claire Coordinatrice");
  const env = fromWorkshop1Running(coordinator);

  it("reads the member's card, takes an answer once however often it is sent, and shows it on the stage", async () => {
    const agent = env.journey.panel[3]!;
    const tab = new TabSession(env.server.url, agent.aadObjectId);
    const path = `/api/workshops/${encodeURIComponent(env.journey.campaignId)}/card`;

    const read = await tab.get(path);
    expect(read.status).toBe(200);
    expectValidCard(read.body.card);
    const requestId = requestIdOf(read.body.card, "workshop.contribute");

    const answer = {
      verb: "workshop.contribute",
      data: { stepId: "actions", text: "Sourire à chaque personne", tag: "both", requestId },
    };
    const first = await tab.post(path, answer);
    expect(first.status).toBe(200);
    expectValidCard(first.body.card);
    expect(textOf(first.body.card)).toContain(translate("fr", "workshop.thanks"));
    expect((await tab.post(path, answer)).status).toBe(200);

    const stage = await stageState(env.server.url, env.journey.campaignId, { as: coordinator.aadObjectId });
    const items = (stage.results as { items?: { text: string }[] }).items ?? [];
    expect(items.filter((i) => i.text === "Sourire à chaque personne")).toHaveLength(1);

    // The same person in the chat sees the answer given in the panel as theirs.
    const inTeams = await new WorkshopHarness(env.server, env.journey.campaignId, 1).card(agent, "workshop.refresh", {
      view: "participant",
    });
    expect(textOf(inTeams)).toContain("Sourire à chaque personne");
  });

  it("refuses a verb that is not a participant's answer, in the caller's language", async () => {
    const path = `/api/workshops/${encodeURIComponent(env.journey.campaignId)}/card`;
    const body = { verb: "workshop.end", data: {} };
    const inEnglish = await new TabSession(env.server.url, env.journey.panel[3]!.aadObjectId, "en-GB").post(path, body);
    const inFrench = await new TabSession(env.server.url, env.journey.panel[3]!.aadObjectId, "fr-FR").post(path, body);
    expect([inEnglish.status, inFrench.status]).toEqual([400, 400]);
    expect(inEnglish.body.error.code).toBe("invalidBody");
    expect(inEnglish.body.error.message).not.toBe(inFrench.body.error.message);
  });
});

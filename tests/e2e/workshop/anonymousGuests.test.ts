import { translate } from "../../../bot/src/i18n/translate";
import { fromWorkshop1Running } from "../../support/methodJourney";
import { anonymousGuest, user } from "../../support/teamsActivities";
import { cardInvoke, MEETING_CHAT_ID, meetingMessage } from "../../support/workshopActivities";
import {
  findAction,
  requestIdOf,
  stageState,
  textOf,
  voteDataFor,
  WorkshopHarness,
  type CardJson,
  type InvokeAnswer,
} from "../../support/workshopHarness";

/**
 * Usagers who join the workshop's Teams meeting as anonymous guests (no Entra id, no 1:1 chat, no
 * SSO) answer the cards in the meeting chat: counted with the usagers, never named, never asked
 * anything in 1:1. Everything else the bot does is refused to them, in their language.
 */
jest.setTimeout(180_000);

describe("anonymous meeting guests", () => {
  const coordinator = user(1, "Claire Coordinatrice");
  const env = fromWorkshop1Running(coordinator);
  const guest = anonymousGuest(1, "Mme Invitée");

  async function asGuest(verb: string, kind: 1 | 2 | 3, data: Record<string, unknown>, locale = "fr-FR") {
    const res = await env.server.postActivity(
      cardInvoke({
        serviceUrl: env.server.connector.url,
        from: guest,
        verb,
        data: { campaignId: env.journey.campaignId, kind, ...data },
        locale,
      }),
    );
    expect(res.status).toBe(200);
    return res.body as InvokeAnswer;
  }
  const cardOf = (answer: InvokeAnswer) => {
    expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
    return answer.value as CardJson;
  };
  const stage = (kind: 1 | 2 | 3) =>
    stageState(env.server.url, env.journey.campaignId, { as: coordinator.aadObjectId, kind });

  it("refuses a guest's answer in the agents' workshop, which would count them as an agent", async () => {
    const card = cardOf(await asGuest("workshop.refresh", 1, { view: "participant" }));
    const answer = cardOf(
      await asGuest("workshop.contribute", 1, {
        stepId: "actions",
        text: "Réponse d'un invité",
        tag: "both",
        requestId: requestIdOf(card, "workshop.contribute"),
      }),
    );
    expect(textOf(answer)).toContain(translate("fr", "workshop.guest.agentsOnly"));
    expect(JSON.stringify((await stage(1)).results)).not.toContain("Réponse d'un invité");
  });

  it("refuses a guest's commands and facilitator buttons in their language", async () => {
    const message = meetingMessage({
      serviceUrl: env.server.connector.url,
      from: guest,
      text: "atelier",
      locale: "en-GB",
    });
    expect((await env.server.postActivity(message)).status).toBe(200);
    const replies = env.server.connector.sentTo(MEETING_CHAT_ID).filter((a) => a.targetActivityId === message.id);
    expect(replies.map((r) => r.activity.text)).toEqual([translate("en", "workshop.guest.commandRefused")]);

    const next = await asGuest("workshop.next", 1, { revision: 0 }, "en-GB");
    expect(next).toEqual(
      expect.objectContaining({
        type: "application/vnd.microsoft.activity.message",
        value: translate("en", "workshop.guest.actionRefused"),
      }),
    );
    const open = await asGuest("workshop.open", 1, {}, "en-GB");
    expect(open.value).toBe(translate("en", "workshop.guest.actionRefused"));
  });

  it("lets a guest answer in the usagers' workshop: counted once, shown as the usagers', on the stage, never named", async () => {
    await env.journey.move("workshop1", "recruitingUsagers");
    await env.journey.nominateUsagers();
    await env.journey.confirmUsagerPanel();
    await env.journey.move("recruitingUsagers", "workshop2");
    const w2 = new WorkshopHarness(env.server, env.journey.campaignId, 2);
    await w2.say(coordinator, "atelier");
    await w2.command(coordinator, "start");
    await w2.command(coordinator, "openInput"); // ideal

    const card = cardOf(await asGuest("workshop.refresh", 2, { view: "participant" }));
    const text = "Un accueil sans attente";
    const contribution = { stepId: "ideal", text, requestId: requestIdOf(card, "workshop.contribute") };
    const answer = cardOf(await asGuest("workshop.contribute", 2, contribution));
    expect(textOf(answer)).toContain(translate("fr", "workshop.thanks"));
    expect(textOf(answer)).toContain(text);
    // Teams resends the click: one entry still.
    await asGuest("workshop.contribute", 2, contribution);
    const items = ((await stage(2)).results as { items: { text: string }[] }).items;
    expect(items.filter((i) => i.text === text)).toHaveLength(1);

    // A guest asking for the facilitator's view gets their own card.
    const view = cardOf(await asGuest("workshop.refresh", 2, { view: "facilitator" }));
    expect(findAction(view, (a) => a.verb === "workshop.next")).toBeUndefined();

    // Workshop 3's ballot merges both workshops' ideals: the guest's is the usagers'.
    await env.journey.move("workshop2", "mixedPanel");
    await env.journey.formMixedPanel();
    await env.journey.move("mixedPanel", "workshop3");
    const w3 = new WorkshopHarness(env.server, env.journey.campaignId, 3);
    await w3.say(coordinator, "atelier");
    await w3.command(coordinator, "start");
    await w3.command(coordinator, "openInput"); // qualitiesVote
    const lines = ((await stage(3)).results as { lines: { text: string; origin?: string }[] }).lines;
    expect(lines.find((l) => l.text === text)?.origin).toBe("usagers");
    expect(lines.find((l) => l.text === "Écoute")?.origin).toBe("agents");

    const ballot = cardOf(await asGuest("workshop.refresh", 3, { view: "participant" }));
    const voted = cardOf(await asGuest("workshop.vote", 3, voteDataFor(ballot, text)));
    expect(textOf(voted)).toContain(translate("fr", "workshop.thanks"));
    const counted = ((await stage(3)).results as { lines: { text: string; count: number }[] }).lines;
    expect(counted.find((l) => l.text === text)?.count).toBe(1);

    // The poster's validation is asked of workshop 3's Teams participants only: the agent who voted, not the guest.
    const agent = env.journey.mixedAgents[0]!;
    await w3.card(
      agent,
      "workshop.vote",
      voteDataFor(await w3.card(agent, "workshop.refresh", { view: "participant" }), "Écoute"),
    );
    await w3.command(coordinator, "next"); // prioritiesVote
    await w3.command(coordinator, "openInput");
    const priorities = await w3.card(agent, "workshop.refresh", { view: "participant" });
    await w3.card(agent, "workshop.vote", voteDataFor(priorities, "Plus de politesse"));
    await w3.command(coordinator, "next"); // commitments
    const kept = ((await stage(3)).results as { priorities: { id: string }[] }).priorities;
    await w3.card(coordinator, "workshop.commit", {
      sourceItemId: kept[0]!.id,
      n: 1,
      "commitParty-1": "both",
      "commitText-1": "être plus polis",
    });
    await w3.command(coordinator, "end");
    await env.journey.move("workshop3", "posterValidation");
    const poster = await env.journey.tab.get(env.journey.path("/poster"));
    expect(poster.status).toBe(200);
    expect((poster.body as { participants: { teams: number } }).participants.teams).toBe(1);
    const requested = await env.journey.tab.post(env.journey.path("/poster/request-validation"));
    expect(requested.status).toBe(200);
    expect((requested.body as { sent: number }).sent).toBe(1);

    // Never named nor reached: no text or card the bot sent (attendance in the cards' refresh lists
    // included) holds the guest's id or name, and no 1:1 chat was opened with them.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const shown = JSON.stringify(
      env.server.connector.activities.map((a) => ({ text: a.activity.text, attachments: a.activity.attachments })),
    );
    expect(shown).toContain("workshop.refresh");
    expect(shown).not.toContain(guest.id);
    expect(shown).not.toContain(guest.name);
    expect(env.server.connector.activities.filter((a) => a.conversationId.includes(guest.id))).toEqual([]);
    expect(env.server.connector.cardProblems).toEqual([]);
  });
});

import type { AnswerOf } from "../../bot/src/contracts/api";
import { translate } from "../../bot/src/i18n/translate";
import { cardTexts } from "../support/cardTexts";
import { startTestServer, type TestServer } from "../support/testServer";
import { channelMessage, personalMessage, TEAM_ID, user } from "../support/teamsActivities";

describe("talking to the bot (HTTP, as Teams calls it)", () => {
  let server: TestServer;
  const agent = user(10, "Julien Roth");
  const conversationId = `a:personal-${agent.aadObjectId}`;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  function lastSent() {
    const sent = server.connector.sentTo(conversationId);
    return sent[sent.length - 1]!.activity;
  }

  it("answers « aide » with the help card in French, listing every command", async () => {
    const res = await server.postActivity(
      personalMessage({ serviceUrl: server.connector.url, from: agent, text: "aide", locale: "fr-FR" }),
    );
    expect(res.status).toBe(200);
    const texts = cardTexts(lastSent().attachments?.[0]?.content);
    for (const word of ["aide", "nouvelle campagne", "campagnes", "inviter", "atelier"]) expect(texts).toContain(word);
    expect(texts).toContain(translate("fr", "help.title"));
  });

  it("answers « help » in English when the client is English, whatever the command's language", async () => {
    await server.postActivity(
      personalMessage({ serviceUrl: server.connector.url, from: agent, text: "Help!", locale: "en-US" }),
    );
    expect(cardTexts(lastSent().attachments?.[0]?.content)).toContain(translate("en", "help.title"));
    await server.postActivity(
      personalMessage({ serviceUrl: server.connector.url, from: agent, text: "AIDE", locale: "en-US" }),
    );
    expect(cardTexts(lastSent().attachments?.[0]?.content)).toContain(translate("en", "help.title"));
  });

  it("gives a friendly hint for unknown text, as plain text so user markdown is not rendered", async () => {
    await server.postActivity(
      personalMessage({
        serviceUrl: server.connector.url,
        from: agent,
        text: "[gagner](https://evil.example)",
        locale: "fr-FR",
      }),
    );
    const reply = lastSent();
    expect(reply.textFormat).toBe("plain");
    expect(reply.text).toBe(translate("fr", "hint.unknown", { text: "[gagner](https://evil.example)" }));
  });

  it("answers a message once even when Teams delivers it twice", async () => {
    const message = personalMessage({ serviceUrl: server.connector.url, from: agent, text: "aide", locale: "fr-FR" });
    const before = server.connector.sentTo(conversationId).length;
    await server.postActivity(message);
    await server.postActivity(message);
    expect(server.connector.sentTo(conversationId).length).toBe(before + 1);
  });

  it("understands a command after an @mention in a channel and replies in the thread", async () => {
    const message = channelMessage({ serviceUrl: server.connector.url, from: agent, text: "aide", locale: "fr-FR" });
    await server.postActivity(message);
    const sent = server.connector.sentTo(message.conversation.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.targetActivityId).toBe(message.id);
    expect(cardTexts(sent[0]!.activity.attachments?.[0]?.content)).toContain(translate("fr", "help.title"));
    expect(TEAM_ID).toBeTruthy();
  });

  it("lists the campaigns, with names shown as text, not markdown", async () => {
    // Created from the tab's set-up form (local mode), with markdown in its name.
    const created = await fetch(`${server.url}/api/campaigns`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Service **funéraire**", approach: "thematic", services: ["Service funéraire"] }),
    });
    const { state } = ((await created.json()) as AnswerOf<"POST /api/campaigns">).campaign;
    await server.postActivity(
      personalMessage({ serviceUrl: server.connector.url, from: agent, text: "campagnes", locale: "fr-FR" }),
    );
    const card = lastSent().attachments?.[0]?.content as { body: { type: string; inlines?: { text: string }[] }[] };
    const rich = card.body.find((b) => b.type === "RichTextBlock");
    expect(rich?.inlines?.[0]?.text).toBe("Service **funéraire**");
    expect(cardTexts(card)).toContain(` — ${translate("fr", `state.${state}`)}`);
  });
});

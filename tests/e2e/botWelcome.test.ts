import { translate } from "../../bot/src/i18n/translate";
import { cardTexts } from "../support/cardTexts";
import { startTestServer, type TestServer } from "../support/testServer";
import {
  botAddedToGroupChat,
  botAddedToPersonal,
  botAddedToTeam,
  installPersonal,
  TEAM_ID,
  user,
} from "../support/teamsActivities";

describe("installing the bot (HTTP, as Teams calls it)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  it("welcomes in French for a French locale, once, although Teams announces the install twice", async () => {
    const camille = user(1, "Camille Martin");
    const serviceUrl = server.connector.url;
    const install = installPersonal({ serviceUrl, from: camille, locale: "fr-FR" });
    expect((await server.postActivity(install)).status).toBe(200);
    expect((await server.postActivity(botAddedToPersonal({ serviceUrl, from: camille, locale: "fr-FR" }))).status).toBe(
      200,
    );
    expect((await server.postActivity(install)).status).toBe(200); // a resend

    const conversationId = install.conversation.id;
    const cards = server.connector.cardsSentTo(conversationId);
    expect(cards).toHaveLength(1);
    expect(cardTexts(cards[0])).toContain(translate("fr", "welcome.title"));
    expect(cardTexts(cards[0])).toContain(translate("fr", "welcome.action.help"));

    const stored = await server.app.repos.conversations.get(conversationId);
    expect(stored).toMatchObject({
      conversationType: "personal",
      serviceUrl,
      userAadObjectId: camille.aadObjectId,
      botId: install.recipient.id,
    });
    expect((await server.app.repos.conversations.personalFor(camille.aadObjectId))?.conversationId).toBe(
      conversationId,
    );
  });

  it("welcomes in English for an English locale", async () => {
    const jo = user(2, "Jo Smith");
    const install = installPersonal({ serviceUrl: server.connector.url, from: jo, locale: "en-GB" });
    await server.postActivity(install);
    const cards = server.connector.cardsSentTo(install.conversation.id);
    expect(cards).toHaveLength(1);
    expect(cardTexts(cards[0])).toContain(translate("en", "welcome.title"));
    expect(cardTexts(cards[0])).not.toContain(translate("fr", "welcome.title"));
  });

  it("welcomes a team in its General channel with what the coordinator should do next", async () => {
    await server.postActivity(botAddedToTeam({ serviceUrl: server.connector.url, from: user(3) }));
    const cards = server.connector.cardsSentTo(TEAM_ID);
    expect(cards).toHaveLength(1);
    expect(cardTexts(cards[0])).toEqual(
      expect.arrayContaining([expect.stringContaining(translate("fr", "welcome.next.team"))]),
    );
    expect((await server.app.repos.conversations.get(TEAM_ID))?.conversationType).toBe("channel");
  });

  it("welcomes a group chat (e.g. a meeting chat)", async () => {
    const added = botAddedToGroupChat({
      serviceUrl: server.connector.url,
      from: user(4),
      chatId: "19:meeting_abc@thread.v2",
    });
    await server.postActivity(added);
    expect(server.connector.cardsSentTo("19:meeting_abc@thread.v2")).toHaveLength(1);
    expect((await server.app.repos.conversations.get("19:meeting_abc@thread.v2"))?.conversationType).toBe("groupChat");
  });

  it("welcomes again after an uninstall and a reinstall", async () => {
    const lea = user(5, "Léa Schmitt");
    const serviceUrl = server.connector.url;
    await server.postActivity(installPersonal({ serviceUrl, from: lea, locale: "fr-FR" }));
    await server.postActivity(installPersonal({ serviceUrl, from: lea, locale: "fr-FR", action: "remove" }));
    await server.postActivity(installPersonal({ serviceUrl, from: lea, locale: "fr-FR" }));
    expect(server.connector.cardsSentTo(`a:personal-${lea.aadObjectId}`)).toHaveLength(2);
  });
});

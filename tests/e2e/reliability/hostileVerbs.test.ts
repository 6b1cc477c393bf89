import { executeInvoke, answeredMessage } from "../../support/recruitmentActivities";
import { personalMessage, user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

// Names every plain object answers to, and a few near misses a forged card could carry as its verb.
// (Verbs that are not strings, empty or over 256 characters are malformed envelopes: refused at the edge.)
const HOSTILE_VERBS: string[] = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "prototype",
  " ",
  "workshop.refresh ",
  "WORKSHOP.REFRESH",
  "workshop.refresh\u0000",
  "x".repeat(256),
  "😀",
];

/** Verbs and commands come from whoever posts the activity: none may reach a prototype's member. */
describe("hostile card verbs and commands", () => {
  let server: TestServer;
  const clicker = user(901, "Agent Curieux");

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it.each(HOSTILE_VERBS.map((verb) => [JSON.stringify(verb).slice(0, 40), verb]))(
    "answers the verb %s with « this action is no longer available »",
    async (_name, verb) => {
      const invoke = executeInvoke({
        serviceUrl: server.connector.url,
        from: clicker,
        verb: "placeholder",
        where: "personal",
        locale: "fr-FR",
      });
      const forged = { ...invoke, value: { ...invoke.value, action: { ...invoke.value.action, verb } } };
      const res = await server.postActivity(forged);
      expect(res.status).toBe(200);
      expect(answeredMessage(res.body)).toBe(
        "Cette action n'est plus disponible. Écrivez « aide » pour voir ce que je sais faire.",
      );
    },
  );

  it("answers in English for an English client", async () => {
    const res = await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: clicker,
        verb: "constructor",
        where: "personal",
        locale: "en-US",
      }),
    );
    expect(answeredMessage(res.body)).toBe("This action is no longer available. Write “help” to see what I can do.");
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"])(
    "answers the typed word %s with the « I did not understand » hint",
    async (word) => {
      const message = personalMessage({ serviceUrl: server.connector.url, from: clicker, text: word, locale: "fr-FR" });
      expect((await server.postActivity(message)).status).toBe(200);
      const replies = server.connector.activities.filter((a) => a.activity["replyToId"] === message.id);
      expect(replies.map((r) => r.activity.text)).toEqual([
        `Je n'ai pas compris « ${word} ». Écrivez « aide » pour voir ce que je sais faire.`,
      ]);
    },
  );
});

import { startTestServer, type TestServer } from "../../support/testServer";
import { installPersonal, personalMessage, user } from "../../support/teamsActivities";
import { cardInvoke } from "../../support/workshopActivities";

/**
 * A corpus of malformed envelopes POSTed to /api/messages as raw HTTP, as a scanner or a broken
 * client would. Each gets a 400 in the API's error shape (localised, with a code), never
 * botbuilder's exception text, never a 5xx; no handler runs and nothing reaches the connector.
 */
describe("/api/messages refuses malformed activities at the edge", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  const camille = user(1, "Camille Martin");
  const good = () =>
    personalMessage({ serviceUrl: server.connector.url, from: camille, text: "aide", locale: "fr-FR" });
  const goodInvoke = () =>
    cardInvoke({ serviceUrl: server.connector.url, from: camille, verb: "workshop.refresh", data: {} });
  const without = (activity: Record<string, unknown>, ...keys: string[]) =>
    Object.fromEntries(Object.entries(activity).filter(([k]) => !keys.includes(k)));

  // Every row has the same length: jest takes a test function with more parameters than the row for a `done` callback.
  type Case = readonly [name: string, body: () => string, contentType: string];
  const JSON_TYPE = "application/json";
  const json = (value: () => unknown) => () => JSON.stringify(value());
  const corpus: Case[] = [
    ["an empty object", json(() => ({})), JSON_TYPE],
    ["no type", json(() => without(good(), "type")), JSON_TYPE],
    ["an empty type", json(() => ({ ...good(), type: "" })), JSON_TYPE],
    ["a numeric type", json(() => ({ ...good(), type: 42 })), JSON_TYPE],
    ["no from", json(() => without(good(), "from")), JSON_TYPE],
    ["from without id", json(() => ({ ...good(), from: { name: "Camille" } })), JSON_TYPE],
    ["from as a string", json(() => ({ ...good(), from: "29:user-1" })), JSON_TYPE],
    ["no conversation", json(() => without(good(), "conversation")), JSON_TYPE],
    ["conversation without id", json(() => ({ ...good(), conversation: { conversationType: "personal" } })), JSON_TYPE],
    ["no recipient", json(() => without(good(), "recipient")), JSON_TYPE],
    ["no serviceUrl", json(() => without(good(), "serviceUrl")), JSON_TYPE],
    ["a serviceUrl that is not a URL", json(() => ({ ...good(), serviceUrl: "not a url" })), JSON_TYPE],
    ["a javascript: serviceUrl", json(() => ({ ...good(), serviceUrl: "javascript:alert(1)" })), JSON_TYPE],
    ["no channelId", json(() => without(good(), "channelId")), JSON_TYPE],
    ["a text that is an object", json(() => ({ ...good(), text: { $: "x" } })), JSON_TYPE],
    ["entities that are not a list", json(() => ({ ...good(), entities: "clientInfo" })), JSON_TYPE],
    ["channelData that is a string", json(() => ({ ...good(), channelData: "tenant" })), JSON_TYPE],
    [
      "membersAdded that is not a list",
      json(() => ({
        ...installPersonal({ serviceUrl: server.connector.url, from: camille }),
        type: "conversationUpdate",
        membersAdded: { id: "x" },
      })),
      JSON_TYPE,
    ],
    ["an invoke without name", json(() => without(goodInvoke(), "name")), JSON_TYPE],
    ["a card action without value", json(() => without(goodInvoke(), "value")), JSON_TYPE],
    ["a card action without action", json(() => ({ ...goodInvoke(), value: { trigger: "manual" } })), JSON_TYPE],
    [
      "a card action of another type",
      json(() => ({ ...goodInvoke(), value: { action: { type: "Action.Submit", verb: "x" } } })),
      JSON_TYPE,
    ],
    [
      "a card action without verb",
      json(() => ({ ...goodInvoke(), value: { action: { type: "Action.Execute", data: {} } } })),
      JSON_TYPE,
    ],
    [
      "a card action with a numeric verb",
      json(() => ({ ...goodInvoke(), value: { action: { type: "Action.Execute", verb: 7 } } })),
      JSON_TYPE,
    ],
    [
      "a card action with data as a string",
      json(() => ({
        ...goodInvoke(),
        value: { action: { type: "Action.Execute", verb: "workshop.refresh", data: "x" } },
      })),
      JSON_TYPE,
    ],
    ["a JSON array", json(() => [good()]), JSON_TYPE],
    ["JSON null", () => "null", JSON_TYPE],
    ["a JSON string", () => '"message"', JSON_TYPE],
    ["a JSON number", () => "12", JSON_TYPE],
    ["truncated JSON", () => JSON.stringify(good()).slice(0, 40), JSON_TYPE],
    ["not JSON at all", () => "type=message&text=aide", JSON_TYPE],
    ["plain text", () => "aide", "text/plain"],
    ["a form", () => "type=message&text=aide", "application/x-www-form-urlencoded"],
  ];

  async function post(body: string, contentType = "application/json", language = "fr-FR") {
    const res = await fetch(`${server.url}/api/messages`, {
      method: "POST",
      headers: { "Content-Type": contentType, "Accept-Language": language },
      body,
    });
    const text = await res.text();
    return { status: res.status, contentType: res.headers.get("content-type") ?? "", text };
  }

  it.each(corpus)("%s: 400 in the API's error shape, no handler run", async (_name, body, contentType) => {
    const logsBefore = server.logs.length;
    const sentBefore = server.connector.activities.length;
    const answer = await post(body(), contentType);
    expect(answer.status).toBe(400);
    expect(answer.contentType).toContain("application/json");
    const parsed = JSON.parse(answer.text) as { error: { code: string; message: string } };
    expect(parsed.error.code).toMatch(/^(badActivity|badRequest)$/);
    expect(parsed.error.message.length).toBeGreaterThan(0);
    expect(answer.text).not.toMatch(/validateAndFixActivity|Error|stack|botbuilder|TypeError|undefined/);
    expect(server.connector.activities).toHaveLength(sentBefore);
    expect(
      server.logs.slice(logsBefore).filter((l) => l.msg === "bot turn failed" || l.msg === "request failed"),
    ).toEqual([]);
  });

  it("says it in the caller's language", async () => {
    const fr = JSON.parse((await post(JSON.stringify(without(good(), "type")), "application/json", "fr-FR")).text) as {
      error: { message: string };
    };
    const en = JSON.parse((await post(JSON.stringify(without(good(), "type")), "application/json", "en-US")).text) as {
      error: { message: string };
    };
    expect(fr.error.message).not.toEqual(en.error.message);
    expect(en.error.message).toMatch(/activity/i);
    expect(fr.error.message).toMatch(/activité/i);
  });

  it("still answers well-formed activities: a message and a card action", async () => {
    const sentBefore = server.connector.activities.length;
    expect((await post(JSON.stringify(good()))).status).toBe(200);
    expect(server.connector.activities.length).toBeGreaterThan(sentBefore);
    const invoke = await post(JSON.stringify(goodInvoke()));
    expect(invoke.status).toBe(200);
  });
});

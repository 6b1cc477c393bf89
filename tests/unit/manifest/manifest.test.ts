// @microsoft/app-manifest requires strip-bom 5, an ES module: plain Node 20.19+ loads it, jest's
// CommonJS runtime cannot. The shim does the same thing (drop a leading byte-order mark).
jest.mock("strip-bom", () => ({
  __esModule: true,
  default: (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
}));

import {
  buildManifest,
  fillPlaceholders,
  unknownLocalizationKeys,
  validateLocalization,
  validateManifest,
  type JsonObject,
} from "../../../manifest/lib/appPackage.cjs";
import { SETTINGS } from "./fixtures";

const { manifest, localizations } = buildManifest(SETTINGS);
const clone = (o: JsonObject): JsonObject => JSON.parse(JSON.stringify(o)) as JsonObject;

type Command = { title: string; description?: string };
type CommandList = { scopes: string[]; commands: Command[] };
const bot = (m: JsonObject) =>
  (m["bots"] as Array<{ scopes: string[]; commandLists: CommandList[]; botId: string }>)[0]!;

describe("filled manifest", () => {
  it("validates against the bundled official schema with no errors", async () => {
    expect(manifest["manifestVersion"]).toBe("1.30");
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it("contains no placeholder left unfilled", () => {
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
  });

  it("takes ids, host, publisher and version from the settings", () => {
    expect(manifest["id"]).toBe(SETTINGS.teamsAppId);
    expect(manifest["version"]).toBe(SETTINGS.appVersion);
    expect(bot(manifest).botId).toBe(SETTINGS.botId);
    expect(manifest["validDomains"]).toEqual([SETTINGS.publicHostname]);
    expect(manifest["webApplicationInfo"]).toEqual({
      id: SETTINGS.ssoAppId,
      resource: `api://${SETTINGS.publicHostname}/${SETTINGS.ssoAppId}`,
    });
    expect(manifest["developer"]).toEqual({
      name: SETTINGS.publisher,
      websiteUrl: `https://${SETTINGS.publicHostname}/`,
      privacyUrl: `https://${SETTINGS.publicHostname}/privacy`,
      termsOfUseUrl: `https://${SETTINGS.publicHostname}/terms`,
    });
  });

  it("declares the bot in every scope with the five French commands in each", () => {
    const b = bot(manifest);
    expect(b.scopes.sort()).toEqual(["groupChat", "personal", "team"]);
    expect(
      b.commandLists
        .map((l) => l.scopes)
        .flat()
        .sort(),
    ).toEqual(["groupChat", "personal", "team"]);
    for (const list of b.commandLists) {
      expect(list.commands.map((c) => c.title)).toEqual([
        "aide",
        "nouvelle campagne",
        "campagnes",
        "inviter",
        "atelier",
      ]);
    }
  });

  it("declares the home tab and a configurable tab for channels, chats and meetings", () => {
    const [home] = manifest["staticTabs"] as Array<Record<string, unknown>>;
    expect(home).toMatchObject({ contentUrl: `https://${SETTINGS.publicHostname}/`, scopes: ["personal"] });
    const [config] = manifest["configurableTabs"] as Array<Record<string, unknown>>;
    expect(config).toMatchObject({
      configurationUrl: `https://${SETTINGS.publicHostname}/config`,
      canUpdateConfiguration: true,
      scopes: ["team", "groupChat"],
    });
    expect(config!["context"]).toEqual(
      expect.arrayContaining([
        "channelTab",
        "privateChatTab",
        "meetingChatTab",
        "meetingDetailsTab",
        "meetingSidePanel",
        "meetingStage",
      ]),
    );
  });

  it("asks for the meeting, roster and targeted notification permissions, stage writes as delegated", () => {
    const rsc = (
      manifest["authorization"] as { permissions: { resourceSpecific: Array<{ name: string; type: string }> } }
    ).permissions.resourceSpecific;
    const byName = Object.fromEntries(rsc.map((p) => [p.name, p.type]));
    expect(byName).toEqual({
      "OnlineMeeting.ReadBasic.Chat": "Application",
      "OnlineMeetingParticipant.Read.Chat": "Application",
      "ChannelMeeting.ReadBasic.Group": "Application",
      "TeamMember.Read.Group": "Application",
      "ChatMember.Read.Chat": "Application",
      "OnlineMeetingNotification.Send.Chat": "Application",
      "MeetingStage.Write.Chat": "Delegated",
      "ChannelMeetingStage.Write.Group": "Delegated",
    });
  });

  it("lets anonymous meeting guests (usagers without a Teams account) use the app in the meeting", () => {
    expect(manifest["meetingExtensionDefinition"]).toEqual({ supportsAnonymousGuestUsers: true });
  });
});

describe("the validator really checks (otherwise the test above proves nothing)", () => {
  it("rejects a manifest without accentColor", async () => {
    const broken = clone(manifest);
    delete broken["accentColor"];
    const errors = await validateManifest(broken);
    expect(errors.join("\n")).toMatch(/accentColor/);
  });

  it("rejects the lowercase scope groupchat", async () => {
    const broken = clone(manifest);
    bot(broken).scopes = ["personal", "team", "groupchat"];
    const errors = await validateManifest(broken);
    expect(errors.join("\n")).toMatch(/\/bots\/0\/scopes\/2/);
  });

  it("rejects a bot id that is not a GUID", async () => {
    const broken = clone(manifest);
    bot(broken).botId = "not-a-guid";
    expect((await validateManifest(broken)).length).toBeGreaterThan(0);
  });
});

describe("localisation", () => {
  it("is French by default with an English file", () => {
    expect(manifest["localizationInfo"]).toEqual({
      defaultLanguageTag: "fr-fr",
      additionalLanguages: [{ languageTag: "en", file: "en.json" }],
    });
    expect(localizations.map((l) => l.file)).toEqual(["en.json"]);
  });

  it("English file validates against the bundled localisation schema", async () => {
    for (const loc of localizations) expect(await validateLocalization(loc.content, "1.30")).toEqual([]);
  });

  it("localisation validation rejects an over-long short name", async () => {
    const loc = { ...localizations[0]!.content, "name.short": "x".repeat(31) };
    expect((await validateLocalization(loc, "1.30")).join("\n")).toMatch(/name\.short/);
  });

  it("every English key points at a text of the manifest", () => {
    for (const loc of localizations) expect(unknownLocalizationKeys(manifest, loc.content)).toEqual([]);
  });

  it("a key that points nowhere is reported", () => {
    const loc = { "bots[0].commandLists[5].commands[0].title": "x", "staticTabs[0].name": "Home", "nope.short": "x" };
    expect(unknownLocalizationKeys(manifest, loc)).toEqual(["bots[0].commandLists[5].commands[0].title", "nope.short"]);
  });

  it("translates every command title and description into English", () => {
    const en = localizations[0]!.content;
    bot(manifest).commandLists.forEach((list, i) =>
      list.commands.forEach((_c, j) => {
        expect(en[`bots[0].commandLists[${i}].commands[${j}].title`]).toEqual(expect.any(String));
        expect(en[`bots[0].commandLists[${i}].commands[${j}].description`]).toEqual(expect.any(String));
      }),
    );
    expect(en["bots[0].commandLists[0].commands[1].title"]).toBe("new campaign");
  });
});

describe("fillPlaceholders", () => {
  it("fills strings at any depth and reports unknown names", () => {
    const unresolved = new Set<string>();
    const out = fillPlaceholders({ a: ["${{X}}/p"], b: { c: 'say "${{X}}" ${{Y}}' }, n: 3 }, { X: 'q"v' }, unresolved);
    expect(out).toEqual({ a: ['q"v/p'], b: { c: 'say "q"v" ${{Y}}' }, n: 3 });
    expect([...unresolved]).toEqual(["Y"]);
  });
});

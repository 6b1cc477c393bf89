import { checkEnvelope } from "../../../bot/src/transport/activityEnvelope";
import { personalExecute } from "../../support/posterActivities";
import { executeInvoke } from "../../support/recruitmentActivities";
import {
  botAddedToGroupChat,
  botAddedToPersonal,
  botAddedToTeam,
  channelMessage,
  installPersonal,
  personalMessage,
  user,
} from "../../support/teamsActivities";
import { cardInvoke, meetingMessage } from "../../support/workshopActivities";

const serviceUrl = "https://smba.trafficmanager.net/emea/";
const from = user(1, "Camille Martin");

/** An Action.Execute invoke as Teams sent it to a bot (fields as logged, ids changed). */
const teamsCardAction = {
  name: "adaptiveCard/action",
  type: "invoke",
  timestamp: "2026-11-20T09:14:03.512Z",
  localTimestamp: "2026-11-20T10:14:03.512+01:00",
  id: "f:1234567890123456789",
  channelId: "msteams",
  serviceUrl,
  from: { id: "29:1abc", name: "Camille Martin", aadObjectId: "00000000-0000-4000-8000-000000000001" },
  conversation: { conversationType: "personal", tenantId: "72f988bf-0000-4000-8000-000000000001", id: "a:1xyz" },
  recipient: { id: "28:00000000-0000-4000-8000-0000000b0700", name: "Vivre ensemble" },
  entities: [{ locale: "fr-FR", country: "FR", platform: "Web", timezone: "Europe/Paris", type: "clientInfo" }],
  channelData: {
    tenant: { id: "72f988bf-0000-4000-8000-000000000001" },
    source: { name: "message" },
    legacy: { replyToId: "1:abc" },
  },
  replyToId: "1700000000000",
  value: {
    action: { type: "Action.Execute", title: "Valider", verb: "poster.validate", data: { campaignId: "c-1" } },
    trigger: "manual",
  },
  locale: "fr-FR",
};

/** A meeting-start event: a type and name the bot does not handle, which must still pass. */
const meetingStart = {
  type: "event",
  name: "application/vnd.microsoft.meetingStart",
  id: "1700000000100",
  channelId: "msteams",
  serviceUrl,
  from: { id: "29:1abc", aadObjectId: "00000000-0000-4000-8000-000000000001" },
  conversation: { isGroup: true, conversationType: "groupChat", tenantId: "t", id: "19:meeting_x@thread.v2" },
  recipient: { id: "28:bot", name: "Vivre ensemble" },
  value: {
    MeetingType: "Scheduled",
    Title: "Atelier 1",
    Id: "MCMx",
    JoinUrl: "https://teams.microsoft.com/l/meetup-join/x",
    StartTime: "2026-11-20T09:00:00Z",
  },
  channelData: { tenant: { id: "t" }, meeting: { id: "MCMx" } },
};

describe("activity envelope (checked before botbuilder sees the body)", () => {
  it("accepts every activity shape Teams sends the bot", () => {
    const samples = [
      personalMessage({ serviceUrl, from, text: "aide", locale: "fr-FR" }),
      channelMessage({ serviceUrl, from, text: "aide" }),
      installPersonal({ serviceUrl, from }),
      installPersonal({ serviceUrl, from, action: "remove" }),
      botAddedToPersonal({ serviceUrl, from }),
      botAddedToTeam({ serviceUrl, from }),
      botAddedToGroupChat({ serviceUrl, from }),
      meetingMessage({ serviceUrl, from, text: "atelier" }),
      cardInvoke({ serviceUrl, from, verb: "workshop.refresh", data: {} }),
      executeInvoke({ serviceUrl, from, verb: "recruitment.volunteer" }),
      personalExecute({ serviceUrl, from, verb: "poster.validate" }),
      teamsCardAction,
      meetingStart,
      { ...teamsCardAction, name: "signin/verifyState", value: { state: "x" } },
    ];
    for (const sample of samples)
      expect({ type: sample.type, verdict: checkEnvelope(sample) }).toMatchObject({
        type: sample.type,
        verdict: { ok: true },
      });
  });

  it("keeps fields it does not know, so botbuilder and handlers still see them", () => {
    const verdict = checkEnvelope(teamsCardAction);
    expect(verdict.ok && verdict.activity).toMatchObject({
      localTimestamp: teamsCardAction.localTimestamp,
      channelData: { legacy: { replyToId: "1:abc" } },
    });
  });

  it("names the fields that are wrong, without quoting what was sent", () => {
    const verdict = checkEnvelope({
      ...teamsCardAction,
      from: undefined,
      value: { action: { type: "Action.Execute", verb: "<script>" + "x".repeat(300) } },
    });
    expect(verdict).toEqual({ ok: false, fields: ["from", "value.action.verb"] });
    expect(JSON.stringify(verdict)).not.toContain("script");
  });

  it("refuses an invoke without a name, and a card action without an Action.Execute", () => {
    expect(checkEnvelope({ ...teamsCardAction, name: undefined })).toEqual({ ok: false, fields: ["name"] });
    expect(checkEnvelope({ ...teamsCardAction, value: null })).toEqual({ ok: false, fields: ["value"] });
    expect(checkEnvelope({ ...teamsCardAction, value: { action: { type: "Action.Submit", verb: "x" } } })).toEqual({
      ok: false,
      fields: ["value.action.type"],
    });
  });
});

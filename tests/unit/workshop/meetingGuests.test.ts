import { meetingEndedCard } from "../../../bot/src/cards/workshop/meetingEndedCard";
import { meetingEndedSubmission } from "../../../bot/src/cards/workshop/meetingEndedCardInputs";
import { facilitatorVerb, WORKSHOP_VERB } from "../../../bot/src/cards/workshop/workshopVerbs";
import type { CardActionHandler, MeetingEventHandler } from "../../../bot/src/services/botPorts";
import { mergeFeatures } from "../../../bot/src/services/feature";
import {
  guestSubject,
  newSecret,
  participantKey,
  verifyDeviceToken,
} from "../../../bot/src/services/workshop/participantKey";
import { checkActivity } from "../../../bot/src/transport/activityGuard";
import { checkEnvelope } from "../../../bot/src/transport/activityEnvelope";
import { cardProblems } from "../../support/cardValidator";
import { anonymousGuest, user } from "../../support/teamsActivities";
import { cardInvoke, meetingEvent } from "../../support/workshopActivities";

describe("an anonymous meeting guest's subject", () => {
  const secret = newSecret();
  const teamsId = "29:1anonymous-guest-42";

  it("answers as a join-page device whose token the workshop recognises, stable for the workshop", () => {
    const subject = guestSubject(secret, teamsId);
    expect(subject.kind).toBe("device");
    if (subject.kind !== "device") return;
    expect(verifyDeviceToken(secret, subject.token)).toBe(true);
    expect(participantKey(secret, guestSubject(secret, teamsId))).toBe(participantKey(secret, subject));
  });

  it("cannot be traced back to the Teams id nor linked across workshops or guests", () => {
    const key = participantKey(secret, guestSubject(secret, teamsId));
    expect(JSON.stringify(guestSubject(secret, teamsId))).not.toContain("guest-42");
    expect(participantKey(newSecret(), guestSubject(secret, teamsId))).not.toBe(key);
    const other = newSecret();
    expect(participantKey(other, guestSubject(other, teamsId))).not.toBe(key);
    expect(participantKey(secret, guestSubject(secret, "29:1anonymous-guest-43"))).not.toBe(key);
  });
});

describe("the card asked when the meeting ends", () => {
  const model = { campaign: { id: "c-1", name: "Service funéraire" }, kind: 2 as const, revision: 7 };

  it("offers the facilitator's end command and « keep paused » on the paused revision, in both languages", () => {
    for (const locale of ["fr", "en"] as const) {
      const card = meetingEndedCard(model, locale);
      expect(cardProblems(card)).toEqual([]);
      const actions = (card.actions ?? []) as { verb: string; data: Record<string, unknown> }[];
      expect(actions.map((a) => a.verb)).toEqual([facilitatorVerb("end"), WORKSHOP_VERB.keepPaused]);
      for (const a of actions)
        expect(meetingEndedSubmission.parse(a.data)).toEqual({ campaignId: "c-1", kind: 2, revision: 7 });
    }
  });

  it("has no button left once answered", () => {
    const card = meetingEndedCard(model, "fr", { text: "L'atelier reste en pause.", tone: "good" });
    expect(cardProblems(card)).toEqual([]);
    expect(card.actions ?? []).toEqual([]);
  });
});

describe("features' meeting events and guest verbs, merged", () => {
  const handler: CardActionHandler = () => Promise.resolve({ kind: "message", text: "" });
  const event: MeetingEventHandler = () => Promise.resolve();

  it("calls every feature listening to an event, and opens to guests only verbs their feature owns", () => {
    const merged = mergeFeatures([
      {
        name: "a",
        cardActions: { "a.answer": handler, "a.admin": handler },
        guestVerbs: ["a.answer"],
        meetingEvents: { end: event },
      },
      { name: "b", meetingEvents: { start: event, end: event } },
    ]);
    expect(merged.meetingEvents.start).toHaveLength(1);
    expect(merged.meetingEvents.end).toHaveLength(2);
    expect([...merged.guestVerbs]).toEqual(["a.answer"]);
    expect(() =>
      mergeFeatures([
        { name: "a", cardActions: { "a.answer": handler } },
        { name: "b", guestVerbs: ["a.answer"] },
      ]),
    ).toThrow(/not a verb of b/);
  });
});

describe("a meeting's activities at the door", () => {
  const serviceUrl = "https://smba.trafficmanager.net/emea/";
  const policy = {
    localMode: false,
    allowedTenantIds: ["72f988bf-0000-4000-8000-000000000001"],
    allowedServiceUrlHosts: ["smba.trafficmanager.net"],
  };

  it("lets in an anonymous guest's click (no Entra id) and Teams' meeting events, from the tenant's meeting", () => {
    const click = cardInvoke({
      serviceUrl,
      from: anonymousGuest(1),
      verb: "workshop.contribute",
      data: { campaignId: "c-1", kind: 2 },
    });
    const events = (["start", "end"] as const).map((kind) => meetingEvent({ serviceUrl, kind, from: user(1) }));
    for (const activity of [click, ...events]) {
      const verdict = checkEnvelope(activity);
      expect(verdict.ok).toBe(true);
      expect(checkActivity(activity as never, policy)).toEqual({ allowed: true });
    }
  });

  it("refuses a meeting event without the meeting's details, naming the missing fields only", () => {
    const event = meetingEvent({ serviceUrl, kind: "end", from: user(1) });
    const { EndTime: _end, ...value } = event.value as Record<string, unknown>;
    expect(checkEnvelope({ ...event, value })).toEqual({ ok: false, fields: ["value.EndTime"] });
    expect(checkEnvelope({ ...event, value: undefined })).toEqual({ ok: false, fields: ["value"] });
  });
});

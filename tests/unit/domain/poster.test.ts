import {
  buildPoster,
  closePosterValidation,
  editPoster,
  isPosterFinal,
  posterCommitments,
  posterStatus,
  recordPosterValidation,
  type Poster,
  type PosterValidation,
} from "../../../bot/src/domain";
import { at, campaign, errorOf, NOW, unwrap } from "./fixtures";

const qualities = [
  { id: "q1", text: "Respect" },
  { id: "q2", text: "Dialogue" },
  { id: "q3", text: "Accueil de qualité" },
];
const commitments = [
  { id: "k1", party: "both" as const, text: "plus de politesse" },
  { id: "k2", party: "agents" as const, text: "prendre plus de temps pour accompagner l'usager", sourceItemId: "a7" },
  { id: "k3", party: "usagers" as const, text: "respecter le règlement" },
];
const poster: Poster = unwrap(
  buildPoster({ id: "p1", campaign: campaign(), keptQualities: qualities, commitments, now: NOW }),
);
const people = ["p-a", "p-b", "p-c"];

function approve(
  v: PosterValidation[],
  key: string,
  version = poster.version,
  approved = true,
  p = poster,
): PosterValidation[] {
  return unwrap(recordPosterValidation(p, people, v, { participantKey: key, version, approved }, at(1)));
}

describe("buildPoster", () => {
  it("orders qualities and groups commitments by party", () => {
    expect(poster.version).toBe(1);
    expect(poster.title).toBe("Service funéraire — 2027");
    expect(poster.qualities.map((q) => q.text)).toEqual(["Respect", "Dialogue", "Accueil de qualité"]);
    expect(poster.commitments.agents).toEqual([
      { id: "k2", text: "prendre plus de temps pour accompagner l'usager", sourceItemId: "a7" },
    ]);
    expect(poster.commitments.usagers.map((c) => c.id)).toEqual(["k3"]);
    expect(poster.commitments.both.map((c) => c.id)).toEqual(["k1"]);
    expect(posterCommitments(poster).map((c) => [c.id, c.party])).toEqual([
      ["k2", "agents"],
      ["k3", "usagers"],
      ["k1", "both"],
    ]);
  });

  it.each([
    [{ keptQualities: [] }, "poster.noQualities"],
    [{ commitments: [] }, "poster.noCommitments"],
    [{ keptQualities: [{ id: "q1", text: " " }] }, "poster.textEmpty"],
    [{ keptQualities: [{ id: "q1", text: "x".repeat(301) }] }, "poster.textTooLong"],
    [{ keptQualities: [{ id: "k1", text: "Respect" }] }, "poster.duplicateId"],
    [{ commitments: [{ id: "k9", party: "mayor" as "agents", text: "x" }] }, "poster.partyInvalid"],
  ])("rejects %j with %s", (patch, code) => {
    expect(
      errorOf(buildPoster({ id: "p", campaign: campaign(), keptQualities: qualities, commitments, now: NOW, ...patch }))
        .code,
    ).toBe(code);
  });
});

describe("editPoster", () => {
  it("makes version n+1 on every change", () => {
    const v2 = unwrap(editPoster(poster, { qualities: [...qualities].reverse() }, at(1)));
    expect(v2.version).toBe(2);
    const v3 = unwrap(editPoster(v2, { commitments: commitments.slice(0, 2) }, at(2)));
    expect(v3.version).toBe(3);
    expect(v3.commitments.usagers).toEqual([]);
    expect(v3.updatedAt).toBe(at(2).toISOString());
  });

  it("refuses an edit that changes nothing", () => {
    expect(errorOf(editPoster(poster, { qualities }, at(1))).code).toBe("poster.unchanged");
  });
});

describe("validation and status", () => {
  it("is final when every participant approved the latest version", () => {
    let v: PosterValidation[] = [];
    v = approve(v, "p-a");
    v = approve(v, "p-b");
    const waiting = posterStatus(poster, people, v);
    expect(waiting).toEqual({
      state: "awaitingValidation",
      version: 1,
      approvals: 2,
      objections: 0,
      total: 3,
      pending: ["p-c"],
    });
    expect(isPosterFinal(waiting)).toBe(false);
    v = approve(v, "p-c");
    expect(posterStatus(poster, people, v)).toEqual({ state: "validated", version: 1, approvals: 3, total: 3 });
  });

  it("lets a participant change their answer", () => {
    let v = approve([], "p-a", 1, false);
    expect(posterStatus(poster, people, v)).toMatchObject({ approvals: 0, objections: 1 });
    v = approve(v, "p-a");
    expect(v).toHaveLength(1);
    expect(posterStatus(poster, people, v)).toMatchObject({ approvals: 1, objections: 0 });
  });

  it("does not carry approvals over to a new version", () => {
    let v: PosterValidation[] = [];
    for (const k of people) v = approve(v, k);
    const v2 = unwrap(editPoster(poster, { qualities: qualities.slice(0, 2) }, at(2)));
    expect(posterStatus(v2, people, v)).toMatchObject({ state: "awaitingValidation", approvals: 0 });
    expect(
      errorOf(recordPosterValidation(v2, people, v, { participantKey: "p-a", version: 1, approved: true }, at(3))),
    ).toEqual({
      code: "poster.staleVersion",
      params: { current: 2, given: 1 },
    });
  });

  it("refuses answers from non-participants", () => {
    expect(
      errorOf(recordPosterValidation(poster, people, [], { participantKey: "x", version: 1, approved: true }, NOW))
        .code,
    ).toBe("poster.notAParticipant");
  });

  it("can be closed by the coordinator with the count of approvals", () => {
    const v = approve(approve([], "p-a"), "p-b");
    const closed = unwrap(closePosterValidation(poster, people, v, "coord-1", at(5)));
    expect(closed.closed).toEqual({ at: at(5).toISOString(), by: "coord-1", version: 1, approvals: 2, total: 3 });
    expect(posterStatus(closed, people, approve(v, "p-c"))).toEqual({
      state: "closedByCoordinator",
      version: 1,
      approvals: 2,
      total: 3,
    });
    expect(errorOf(editPoster(closed, { qualities: qualities.slice(0, 1) }, at(6))).code).toBe("poster.closed");
    expect(
      errorOf(recordPosterValidation(closed, people, v, { participantKey: "p-c", version: 1, approved: true }, at(6)))
        .code,
    ).toBe("poster.closed");
    expect(errorOf(closePosterValidation(closed, people, v, "coord-1", at(6))).code).toBe("poster.closed");
  });

  it("cannot be closed without any approval, nor once validated", () => {
    expect(errorOf(closePosterValidation(poster, people, [], "c", NOW)).code).toBe("poster.noApproval");
    let v: PosterValidation[] = [];
    for (const k of people) v = approve(v, k);
    expect(errorOf(closePosterValidation(poster, people, v, "c", NOW)).code).toBe("poster.alreadyValidated");
  });
});

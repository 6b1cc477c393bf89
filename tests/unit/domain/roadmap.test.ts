import {
  createRoadmapAction,
  editRoadmapAction,
  isOverdue,
  roadmapSummary,
  updateRoadmapAction,
  type RoadmapAction,
} from "../../../bot/src/domain";
import { at, errorOf, NOW, unwrap } from "./fixtures";

const action: RoadmapAction = unwrap(
  createRoadmapAction(
    {
      id: "r1",
      commitmentId: "k1",
      title: " Afficher les horaires ",
      owner: "Cheffe de service",
      dueDate: "2027-03-10",
    },
    NOW,
  ),
);

describe("createRoadmapAction / editRoadmapAction", () => {
  it("starts at toStart, 0 %", () => {
    expect(action).toEqual({
      id: "r1",
      commitmentId: "k1",
      title: "Afficher les horaires",
      owner: "Cheffe de service",
      dueDate: "2027-03-10",
      status: "toStart",
      progress: 0,
      updates: [],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
  });

  it("validates title and due date", () => {
    expect(errorOf(createRoadmapAction({ id: "r", commitmentId: "k", title: " " }, NOW)).code).toBe(
      "roadmap.titleRequired",
    );
    expect(errorOf(createRoadmapAction({ id: "r", commitmentId: "k", title: "x".repeat(201) }, NOW)).code).toBe(
      "roadmap.titleTooLong",
    );
    expect(
      errorOf(createRoadmapAction({ id: "r", commitmentId: "k", title: "t", dueDate: "2027-02-30" }, NOW)).code,
    ).toBe("roadmap.dueDateInvalid");
  });

  it("changes owner and due date, or removes them", () => {
    const edited = unwrap(
      editRoadmapAction(action, { owner: null, dueDate: "2027-04-01", title: "Afficher les horaires d'été" }, at(1)),
    );
    expect(edited.owner).toBeUndefined();
    expect(edited).toMatchObject({ dueDate: "2027-04-01", title: "Afficher les horaires d'été" });
    expect(unwrap(editRoadmapAction(edited, { dueDate: null }, at(2))).dueDate).toBeUndefined();
    expect(errorOf(editRoadmapAction(action, { dueDate: "demain" }, at(1))).code).toBe("roadmap.dueDateInvalid");
  });
});

describe("updateRoadmapAction", () => {
  it("records progress and starts the action", () => {
    const a = unwrap(updateRoadmapAction(action, { by: "m1", progress: 30, comment: "Maquette faite" }, at(1)));
    expect(a).toMatchObject({ status: "inProgress", progress: 30 });
    expect(a.updates).toEqual([
      { at: at(1).toISOString(), by: "m1", status: "inProgress", progress: 30, comment: "Maquette faite" },
    ]);
  });

  it("sets 100 % when done and refuses done below 100", () => {
    expect(unwrap(updateRoadmapAction(action, { by: "m1", status: "done" }, at(1))).progress).toBe(100);
    expect(errorOf(updateRoadmapAction(action, { by: "m1", status: "done", progress: 80 }, at(1))).code).toBe(
      "roadmap.doneRequiresFullProgress",
    );
    const done = unwrap(updateRoadmapAction(action, { by: "m1", status: "done" }, at(1)));
    expect(errorOf(updateRoadmapAction(done, { by: "m1", progress: 50 }, at(2))).code).toBe(
      "roadmap.doneRequiresFullProgress",
    );
    expect(
      unwrap(updateRoadmapAction(done, { by: "m1", status: "inProgress", progress: 50, comment: "rouvert" }, at(2)))
        .status,
    ).toBe("inProgress");
  });

  it("needs a comment to drop an action", () => {
    expect(errorOf(updateRoadmapAction(action, { by: "m1", status: "dropped" }, at(1))).code).toBe(
      "roadmap.droppedNeedsComment",
    );
    expect(
      unwrap(updateRoadmapAction(action, { by: "m1", status: "dropped", comment: "Remplacée par k2" }, at(1))).status,
    ).toBe("dropped");
  });

  it("resets progress when put back to start", () => {
    const started = unwrap(updateRoadmapAction(action, { by: "m1", progress: 40 }, at(1)));
    expect(
      unwrap(updateRoadmapAction(started, { by: "m1", status: "toStart", comment: "reporté" }, at(2))),
    ).toMatchObject({ status: "toStart", progress: 0 });
    expect(errorOf(updateRoadmapAction(started, { by: "m1", status: "toStart", progress: 10 }, at(2))).code).toBe(
      "roadmap.toStartRequiresNoProgress",
    );
  });

  it.each([
    [{ progress: 101 }, "roadmap.progressOutOfRange"],
    [{ progress: -1 }, "roadmap.progressOutOfRange"],
    [{ progress: 12.5 }, "roadmap.progressOutOfRange"],
    [{ status: "blocked" }, "roadmap.statusInvalid"],
    [{}, "roadmap.emptyUpdate"],
    [{ comment: "x".repeat(1001) }, "roadmap.commentTooLong"],
  ])("rejects %j with %s", (patch, code) => {
    expect(errorOf(updateRoadmapAction(action, { by: "m1", ...patch }, at(1))).code).toBe(code);
  });

  it("accepts a comment-only update", () => {
    const a = unwrap(updateRoadmapAction(action, { by: "m1", comment: "Point en réunion" }, at(1)));
    expect(a.updates[0]).toEqual({ at: at(1).toISOString(), by: "m1", comment: "Point en réunion" });
    expect(a.status).toBe("toStart");
  });
});

describe("isOverdue / roadmapSummary", () => {
  it("is overdue after the due day, in local time, unless done or dropped", () => {
    expect(isOverdue(action, new Date("2027-03-10T22:30:00Z"))).toBe(false); // 23:30 in Paris, still the 10th
    expect(isOverdue(action, new Date("2027-03-10T23:30:00Z"))).toBe(true);
    const done = unwrap(updateRoadmapAction(action, { by: "m", status: "done" }, NOW));
    expect(isOverdue(done, new Date("2027-06-01T00:00:00Z"))).toBe(false);
    expect(isOverdue({ ...action, dueDate: undefined } as RoadmapAction, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("sums up by status, overdue and mean progress (dropped left out)", () => {
    const actions = [
      action,
      unwrap(updateRoadmapAction({ ...action, id: "r2" }, { by: "m", progress: 50 }, NOW)),
      unwrap(updateRoadmapAction({ ...action, id: "r3" }, { by: "m", status: "done" }, NOW)),
      unwrap(updateRoadmapAction({ ...action, id: "r4" }, { by: "m", status: "dropped", comment: "non" }, NOW)),
    ];
    expect(roadmapSummary(actions, new Date("2027-04-01T10:00:00Z"))).toEqual({
      total: 4,
      byStatus: { toStart: 1, inProgress: 1, done: 1, dropped: 1 },
      overdue: 2,
      meanProgress: 50,
    });
    expect(roadmapSummary([], NOW)).toMatchObject({ total: 0, overdue: 0, meanProgress: null });
  });
});

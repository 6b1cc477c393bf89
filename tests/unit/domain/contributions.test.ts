import {
  addContribution,
  editContribution,
  hideContribution,
  mergeContributions,
  unhideContribution,
  visibleContributions,
  type Contribution,
  type NewContribution,
} from "../../../bot/src/domain";
import { at, errorOf, NOW, openAt, run, unwrap } from "./fixtures";

const ideal = openAt(1, 0);
const actions = openAt(1, 3);
const input = (overrides: Partial<NewContribution> = {}): NewContribution => ({
  id: "i1",
  stepId: "ideal",
  participantKey: "p1",
  text: "  Du   respect ",
  ...overrides,
});

function add(items: Contribution[], overrides: Partial<NewContribution>, w = ideal, when = NOW): Contribution {
  const c = unwrap(addContribution(w, items, input(overrides), when));
  items.push(c);
  return c;
}

describe("addContribution", () => {
  it("stores a trimmed item under the participant key only", () => {
    const c = unwrap(addContribution(ideal, [], input(), NOW));
    expect(c).toEqual({
      id: "i1",
      workshopId: "w1",
      stepId: "ideal",
      participantKey: "p1",
      text: "Du respect",
      weight: 1,
      mergedFrom: [],
      hidden: false,
      createdAt: NOW.toISOString(),
      audit: [],
    });
  });

  it("checks length between 1 and the maximum (code points)", () => {
    expect(errorOf(addContribution(ideal, [], input({ text: "   " }), NOW)).code).toBe("contribution.empty");
    expect(errorOf(addContribution(ideal, [], input({ text: "x".repeat(201) }), NOW))).toEqual({
      code: "contribution.tooLong",
      params: { max: 200, length: 201 },
    });
    expect(addContribution(ideal, [], input({ text: "é".repeat(200) }), NOW).ok).toBe(true);
  });

  it("limits entries per participant and step", () => {
    const items: Contribution[] = [];
    for (let i = 0; i < 10; i++) add(items, { id: `i${i}`, text: `idée ${i}` });
    expect(errorOf(addContribution(ideal, items, input({ id: "i10" }), NOW))).toEqual({
      code: "contribution.tooManyEntries",
      params: { max: 10 },
    });
    expect(addContribution(ideal, items, input({ id: "i10", participantKey: "p2" }), NOW).ok).toBe(true);
  });

  it("needs input open on that very step", () => {
    expect(errorOf(addContribution(run(ideal, "closeInput"), [], input(), NOW)).code).toBe("workshop.inputClosed");
    expect(errorOf(addContribution(ideal, [], input({ stepId: "chaotic" }), NOW)).code).toBe("workshop.stepNotCurrent");
  });

  it("requires a valid who-commits tag on actions, and no tag elsewhere", () => {
    const base = { stepId: "actions" as const, text: "Afficher les horaires" };
    expect(unwrap(addContribution(actions, [], input({ ...base, tag: "agents" }), NOW)).tag).toBe("agents");
    expect(errorOf(addContribution(actions, [], input(base), NOW)).code).toBe("contribution.tagRequired");
    expect(errorOf(addContribution(actions, [], input({ ...base, tag: "mayor" }), NOW)).code).toBe(
      "contribution.tagInvalid",
    );
    expect(errorOf(addContribution(ideal, [], input({ tag: "agents" }), NOW)).code).toBe("contribution.tagNotAllowed");
  });

  it("refuses a duplicate id (a resent activity)", () => {
    const items: Contribution[] = [];
    add(items, {});
    expect(errorOf(addContribution(ideal, items, input({ participantKey: "p2" }), NOW)).code).toBe(
      "contribution.duplicateId",
    );
  });
});

describe("moderation", () => {
  const item = unwrap(addContribution(actions, [], input({ stepId: "actions", text: "Sourire", tag: "agents" }), NOW));

  it("edits with an audit entry", () => {
    const edited = unwrap(editContribution(item, { text: "Sourire à l'accueil", tag: "both" }, "fac", at(1), 200));
    expect(edited.text).toBe("Sourire à l'accueil");
    expect(edited.tag).toBe("both");
    expect(edited.audit).toEqual([
      {
        at: at(1).toISOString(),
        byKey: "fac",
        action: "edit",
        before: "Sourire [agents]",
        after: "Sourire à l'accueil [both]",
      },
    ]);
    expect(errorOf(editContribution(item, { text: " Sourire " }, "fac", at(1), 200)).code).toBe(
      "contribution.unchanged",
    );
    expect(errorOf(editContribution(item, { text: "x".repeat(201) }, "fac", at(1), 200)).code).toBe(
      "contribution.tooLong",
    );
  });

  it("hides and unhides with audit entries", () => {
    const hidden = unwrap(hideContribution(item, "fac", at(1)));
    expect(hidden.hidden).toBe(true);
    expect(visibleContributions([hidden])).toEqual([]);
    expect(errorOf(hideContribution(hidden, "fac", at(2))).code).toBe("contribution.alreadyHidden");
    const back = unwrap(unhideContribution(hidden, "fac", at(2)));
    expect(back.audit.map((a) => a.action)).toEqual(["hide", "unhide"]);
    expect(errorOf(unhideContribution(back, "fac", at(3))).code).toBe("contribution.notHidden");
  });
});

describe("mergeContributions", () => {
  const items: Contribution[] = [];
  add(items, { id: "a", text: "Respect" }, ideal, at(1));
  add(items, { id: "b", text: "respect !", participantKey: "p2" }, ideal, at(2));
  add(items, { id: "c", text: "Le respect", participantKey: "p3" }, ideal, at(3));
  add(items, { id: "d", text: "Écoute", participantKey: "p3" }, ideal, at(4));

  it("keeps one item, sums weights and lists what it absorbed", () => {
    const [kept, ...folded] = unwrap(mergeContributions(items, "a", ["b", "c"], "fac", at(5)));
    expect(kept).toMatchObject({ id: "a", weight: 3, mergedFrom: ["b", "c"] });
    expect(kept!.audit).toEqual([{ at: at(5).toISOString(), byKey: "fac", action: "merge", after: "b,c" }]);
    expect(folded.map((f) => [f.id, f.mergedInto])).toEqual([
      ["b", "a"],
      ["c", "a"],
    ]);
    const all = items.map((i) => [kept!, ...folded].find((x) => x.id === i.id) ?? i);
    expect(visibleContributions(all).map((c) => c.id)).toEqual(["a", "d"]);
  });

  it("carries earlier merges along", () => {
    const first = unwrap(mergeContributions(items, "b", ["c"], "fac", at(5)));
    const after = items.map((i) => first.find((x) => x.id === i.id) ?? i);
    const [kept] = unwrap(mergeContributions(after, "a", ["b"], "fac", at(6)));
    expect(kept).toMatchObject({ weight: 3, mergedFrom: ["b", "c"] });
    expect(errorOf(mergeContributions(after, "a", ["c"], "fac", at(6))).code).toBe("contribution.alreadyMerged");
  });

  it("refuses bad merges", () => {
    expect(errorOf(mergeContributions(items, "a", [], "fac", NOW)).code).toBe("contribution.nothingToMerge");
    expect(errorOf(mergeContributions(items, "a", ["a"], "fac", NOW)).code).toBe("contribution.mergeIntoItself");
    expect(errorOf(mergeContributions(items, "zz", ["a"], "fac", NOW))).toEqual({
      code: "contribution.notFound",
      params: { id: "zz" },
    });
    expect(errorOf(mergeContributions(items, "a", ["zz"], "fac", NOW)).code).toBe("contribution.notFound");
    const other = { ...items[3]!, id: "e", stepId: "chaotic" as const };
    expect(errorOf(mergeContributions([...items, other], "a", ["e"], "fac", NOW)).code).toBe(
      "contribution.mergeAcrossSteps",
    );
  });
});

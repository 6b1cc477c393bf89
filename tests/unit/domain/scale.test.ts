import { answerScale, histogram, scaleSummary, defaultWorkshopSettings } from "../../../bot/src/domain";
import { at, errorOf, NOW, openAt, run, unwrap } from "./fixtures";

const w = openAt(1, 2);

describe("answerScale", () => {
  it("records one answer per participant and replaces it on a new answer", () => {
    let answers = unwrap(answerScale(w, [], { participantKey: "p1", value: 4 }, NOW));
    answers = unwrap(answerScale(w, answers, { participantKey: "p2", value: 7, comment: "  mieux  qu'avant " }, NOW));
    answers = unwrap(answerScale(w, answers, { participantKey: "p1", value: 6 }, at(1)));
    expect(answers).toEqual([
      { workshopId: "w1", participantKey: "p2", value: 7, comment: "mieux qu'avant", at: NOW.toISOString() },
      { workshopId: "w1", participantKey: "p1", value: 6, at: at(1).toISOString() },
    ]);
  });

  it("accepts integers 0..10 only", () => {
    expect(answerScale(w, [], { participantKey: "p", value: 0 }, NOW).ok).toBe(true);
    expect(answerScale(w, [], { participantKey: "p", value: 10 }, NOW).ok).toBe(true);
    expect(errorOf(answerScale(w, [], { participantKey: "p", value: 11 }, NOW)).code).toBe("scale.outOfRange");
    expect(errorOf(answerScale(w, [], { participantKey: "p", value: -1 }, NOW)).code).toBe("scale.outOfRange");
    expect(errorOf(answerScale(w, [], { participantKey: "p", value: 5.5 }, NOW)).code).toBe("scale.notAnInteger");
    expect(errorOf(answerScale(w, [], { participantKey: "p", value: Number.NaN }, NOW)).code).toBe(
      "scale.notAnInteger",
    );
  });

  it("limits comments, and refuses them when the setting is off", () => {
    expect(errorOf(answerScale(w, [], { participantKey: "p", value: 3, comment: "x".repeat(201) }, NOW)).code).toBe(
      "scale.commentTooLong",
    );
    const noComment = openAt(1, 2, { ...defaultWorkshopSettings(), scaleAllowsComment: false });
    expect(errorOf(answerScale(noComment, [], { participantKey: "p", value: 3, comment: "hm" }, NOW)).code).toBe(
      "scale.commentNotAllowed",
    );
    expect(answerScale(noComment, [], { participantKey: "p", value: 3, comment: "  " }, NOW).ok).toBe(true);
  });

  it("needs the scale step open", () => {
    expect(errorOf(answerScale(run(w, "closeInput"), [], { participantKey: "p", value: 3 }, NOW)).code).toBe(
      "workshop.inputClosed",
    );
    expect(errorOf(answerScale(openAt(1, 0), [], { participantKey: "p", value: 3 }, NOW)).code).toBe(
      "workshop.stepNotCurrent",
    );
  });
});

describe("histogram and summary", () => {
  it("counts 11 buckets", () => {
    expect(histogram([{ value: 0 }, { value: 10 }, { value: 10 }, { value: 4 }])).toEqual([
      1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2,
    ]);
    expect(histogram([])).toHaveLength(11);
  });

  it("gives the median and count", () => {
    expect(scaleSummary([{ value: 2 }, { value: 9 }, { value: 5 }])).toMatchObject({ count: 3, median: 5 });
    expect(scaleSummary([{ value: 2 }, { value: 9 }, { value: 5 }, { value: 6 }])).toMatchObject({
      count: 4,
      median: 5.5,
    });
    expect(scaleSummary([])).toEqual({ count: 0, median: null, histogram: new Array(11).fill(0) });
  });
});

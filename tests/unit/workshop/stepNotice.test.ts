import {
  inBatches,
  MEETING_NOTICE_MAX_RECIPIENTS,
  stepNoticeRecipients,
  stepNoticeUrl,
} from "../../../bot/src/services/workshop/stepNotice";

describe("who is notified when a step opens", () => {
  it.each([
    { name: "nobody answered yet", ids: [], expected: [] },
    { name: "the facilitator is left out", ids: ["29:a", "29:facilitator", "29:b"], expected: ["29:a", "29:b"] },
    { name: "a Teams id counted twice is notified once", ids: ["29:a", "29:a"], expected: ["29:a"] },
    { name: "anything but a Teams user id is dropped", ids: ["device~x", "8:orgid:y", "29:a"], expected: ["29:a"] },
  ])("$name", ({ ids, expected }) => {
    expect(stepNoticeRecipients(ids, "29:facilitator")).toEqual(expected);
  });
});

describe("batches within Teams' limit of recipients per notification", () => {
  it("keeps to the documented 10", () => {
    expect(MEETING_NOTICE_MAX_RECIPIENTS).toBe(10);
  });

  it.each([
    { count: 0, sizes: [] },
    { count: 1, sizes: [1] },
    { count: 10, sizes: [10] },
    { count: 11, sizes: [10, 1] },
    { count: 25, sizes: [10, 10, 5] },
  ])("$count recipients → $sizes", ({ count, sizes }) => {
    const ids = Array.from({ length: count }, (_, i) => `29:${i}`);
    const batches = inBatches(ids);
    expect(batches.map((b) => b.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(ids);
  });
});

describe("the page the notification shows", () => {
  it("is the console, where a participant sees their own card", () => {
    expect(stepNoticeUrl("https://app.example", "c/1")).toBe("https://app.example/console/c%2F1");
  });
});

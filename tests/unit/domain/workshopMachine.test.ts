import {
  applyCommand,
  countdownExpired,
  currentStep,
  FACILITATOR_COMMAND_TYPES,
  requireOpenStep,
  workshopCommands,
  type FacilitatorCommand,
  type Workshop,
} from "../../../bot/src/domain";
import { at, errorOf, NOW, openAt, run, unwrap, workshop } from "./fixtures";

const stepId = (w: Workshop) => {
  const view = currentStep(w);
  return view.screen === "step" ? `${view.sequenceId}.${view.step.id}:${view.phase}` : view.screen;
};

describe("workshop state machine", () => {
  it("starts on the first step with input closed", () => {
    const w = workshop(1);
    expect(currentStep(w)).toEqual({ screen: "waiting" });
    const started = run(w, "start");
    expect(stepId(started)).toBe("idealChaotic.ideal:closed");
    expect(started.startedAt).toBe(NOW.toISOString());
    expect(started.revision).toBe(1);
  });

  it("walks through every step of workshop 1 and refuses to go past the end", () => {
    let w = run(workshop(1), "start");
    const seen = [stepId(w)];
    for (let i = 0; i < 3; i++) {
      w = run(w, "openInput", "closeInput", "reveal", "next");
      seen.push(stepId(w));
    }
    expect(seen).toEqual([
      "idealChaotic.ideal:closed",
      "idealChaotic.chaotic:closed",
      "whereWeStand.scale:closed",
      "actions.actions:closed",
    ]);
    expect(errorOf(applyCommand(w, { type: "next" }, NOW)).code).toBe("workshop.noNextStep");
  });

  it("goes back across sequences", () => {
    const w = run(workshop(3), "start", "next", "next");
    expect(stepId(w)).toBe("priorities.commitments:closed");
    expect(stepId(run(w, "previous"))).toBe("priorities.prioritiesVote:closed");
    expect(stepId(run(w, "previous", "previous"))).toBe("qualities.qualitiesVote:closed");
    expect(errorOf(applyCommand(run(w, "previous", "previous"), { type: "previous" }, NOW)).code).toBe(
      "workshop.noPreviousStep",
    );
  });

  it("opens, closes and reveals input, revealing straight from input too", () => {
    const open = openAt(1, 0);
    const view = currentStep(open);
    expect(view).toMatchObject({
      screen: "step",
      phase: "input",
      acceptsInput: true,
      showsResults: false,
      sequenceCount: 3,
      stepCount: 2,
    });
    expect(stepId(run(open, "reveal"))).toBe("idealChaotic.ideal:revealed");
    expect(currentStep(run(open, "reveal"))).toMatchObject({ acceptsInput: false, showsResults: true });
  });

  it.each<[string, FacilitatorCommand["type"][], FacilitatorCommand]>([
    ["start twice", ["start"], { type: "start" }],
    ["open before start", [], { type: "openInput" }],
    ["open twice", ["start", "openInput"], { type: "openInput" }],
    ["close when closed", ["start"], { type: "closeInput" }],
    ["reveal twice", ["start", "reveal"], { type: "reveal" }],
    ["reopen after reveal", ["start", "reveal"], { type: "openInput" }],
    ["next before start", [], { type: "next" }],
    ["resume when not paused", ["start"], { type: "resume" }],
    ["pause twice", ["start", "pause"], { type: "pause" }],
    ["next while paused", ["start", "pause"], { type: "next" }],
    ["end before start", [], { type: "end" }],
    ["anything after end", ["start", "end"], { type: "start" }],
    ["countdown after end", ["start", "end"], { type: "setCountdown", seconds: 30 }],
  ])("refuses to %s", (_label, before, command) => {
    const w = run(workshop(1), ...before);
    const error = errorOf(applyCommand(w, command, NOW));
    expect(error).toEqual({
      code: "workshop.commandNotAllowed",
      params: { command: command.type, phase: w.pointer.phase },
    });
  });

  it("pauses and resumes where it was, keeping the countdown's remaining time", () => {
    let w = openAt(1, 1);
    w = unwrap(applyCommand(w, { type: "setCountdown", seconds: 120 }, at(0)));
    expect(w.pointer.countdownEndsAt).toBe(at(2).toISOString());
    w = unwrap(applyCommand(w, { type: "pause" }, at(0.5)));
    expect(currentStep(w)).toEqual({ screen: "paused" });
    expect(countdownExpired(w, at(10))).toBe(false);
    w = unwrap(applyCommand(w, { type: "resume" }, at(10)));
    expect(stepId(w)).toBe("idealChaotic.chaotic:input");
    expect(w.pointer.countdownEndsAt).toBe(at(11.5).toISOString());
    expect(w.paused).toBeUndefined();
  });

  it("sets, clears and validates countdowns", () => {
    const w = openAt(1, 0);
    const set = unwrap(applyCommand(w, { type: "setCountdown", seconds: 60 }, NOW));
    expect(currentStep(set)).toMatchObject({ countdownEndsAt: at(1).toISOString() });
    expect(countdownExpired(set, at(0.5))).toBe(false);
    expect(countdownExpired(set, at(1))).toBe(true);
    expect(
      unwrap(applyCommand(set, { type: "setCountdown", seconds: 0 }, NOW)).pointer.countdownEndsAt,
    ).toBeUndefined();
    expect(run(set, "closeInput").pointer.countdownEndsAt).toBeUndefined();
    for (const seconds of [-1, 3601, 1.5]) {
      expect(errorOf(applyCommand(w, { type: "setCountdown", seconds }, NOW)).code).toBe(
        "workshop.countdownOutOfRange",
      );
    }
  });

  it("ends from any started phase, including paused", () => {
    const ended = run(workshop(2), "start", "pause", "end");
    expect(currentStep(ended)).toEqual({ screen: "ended" });
    expect(ended.endedAt).toBe(NOW.toISOString());
  });

  it("routes every command type through the typed map", () => {
    expect(Object.keys(workshopCommands).sort()).toEqual([...FACILITATOR_COMMAND_TYPES].sort());
  });

  it("never mutates the workshop it is given", () => {
    const w = run(workshop(1), "start");
    const copy = JSON.parse(JSON.stringify(w));
    run(w, "openInput", "pause");
    expect(w).toEqual(copy);
  });
});

describe("requireOpenStep", () => {
  it("accepts input for the open step only", () => {
    const w = openAt(1, 1);
    expect(unwrap(requireOpenStep(w, "chaotic", "contributions")).id).toBe("chaotic");
    expect(errorOf(requireOpenStep(w, "ideal", "contributions"))).toEqual({
      code: "workshop.stepNotCurrent",
      params: { stepId: "ideal", currentStepId: "chaotic" },
    });
    expect(errorOf(requireOpenStep(w, "chaotic", "scale")).code).toBe("workshop.wrongStepType");
    expect(errorOf(requireOpenStep(run(w, "closeInput"), "chaotic", "contributions")).code).toBe(
      "workshop.inputClosed",
    );
    expect(errorOf(requireOpenStep(run(w, "pause"), "chaotic", "contributions")).code).toBe("workshop.inputClosed");
    expect(errorOf(requireOpenStep(workshop(1), "ideal", "contributions")).code).toBe("workshop.inputClosed");
  });
});

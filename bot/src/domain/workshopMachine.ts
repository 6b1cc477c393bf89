/**
 * A workshop as a pure state machine driven by the facilitator. The facilitator's pointer
 * (sequence, step, phase) alone decides what every participant sees, in the room or remote.
 *
 * Phases of the current step:
 *   notStarted ─start→ closed ─openInput→ input ─closeInput→ closed ─reveal→ revealed
 *   input ─reveal→ revealed (closing input on the way: one click instead of two)
 *   next / previous from input|closed|revealed → the adjacent step, phase closed
 *   pause from input|closed|revealed → paused ─resume→ the phase it was in
 *   end from any started phase → ended (final)
 * Entering a step leaves input closed so the facilitator can introduce it before people type.
 * A countdown is a hint shown to everyone; it never closes input by itself.
 */
import type { WorkshopNumber } from "./campaign";
import { err, ok, type Result } from "./result";
import type { LocalisedText, WorkshopSettings } from "./workshopSettings";
import {
  stepAt,
  workshopTemplate,
  type SequenceId,
  type StepDefinition,
  type StepId,
  type StepType,
  type WorkshopTemplate,
} from "./workshopTemplate";

export const WORKSHOP_PHASES = ["notStarted", "input", "closed", "revealed", "paused", "ended"] as const;
export type WorkshopPhase = (typeof WORKSHOP_PHASES)[number];
type ActivePhase = "input" | "closed" | "revealed";

export interface FacilitatorPointer {
  readonly sequenceIndex: number;
  readonly stepIndex: number;
  readonly phase: WorkshopPhase;
  /** ISO instant. */
  readonly countdownEndsAt?: string;
}

export interface Workshop {
  readonly id: string;
  readonly campaignId: string;
  readonly kind: WorkshopNumber;
  /** Snapshot of the campaign's settings when the workshop was created. */
  readonly settings: WorkshopSettings;
  readonly pointer: FacilitatorPointer;
  /** Set while paused: where to go back to. */
  readonly paused?: { readonly phase: ActivePhase; readonly countdownRemainingMs?: number };
  /** +1 on every accepted command; lets a card tell that what it shows is out of date. */
  readonly revision: number;
  readonly startedAt?: string;
  readonly endedAt?: string;
  readonly updatedAt: string;
}

export const FACILITATOR_COMMAND_TYPES = [
  "start",
  "openInput",
  "closeInput",
  "next",
  "previous",
  "reveal",
  "pause",
  "resume",
  "end",
  "setCountdown",
] as const;
export type FacilitatorCommandType = (typeof FACILITATOR_COMMAND_TYPES)[number];

export type FacilitatorCommand =
  | { readonly type: "start" }
  | { readonly type: "openInput" }
  | { readonly type: "closeInput" }
  | { readonly type: "next" }
  | { readonly type: "previous" }
  | { readonly type: "reveal" }
  | { readonly type: "pause" }
  | { readonly type: "resume" }
  | { readonly type: "end" }
  /** seconds = 0 clears the countdown. */
  | { readonly type: "setCountdown"; readonly seconds: number };

export const COUNTDOWN_MAX_SECONDS = 3600;

export interface CreateWorkshopInput {
  readonly id: string;
  readonly campaignId: string;
  readonly kind: WorkshopNumber;
  readonly settings: WorkshopSettings;
}

export function createWorkshop(input: CreateWorkshopInput, now: Date): Workshop {
  return {
    id: input.id,
    campaignId: input.campaignId,
    kind: input.kind,
    settings: input.settings,
    pointer: { sequenceIndex: 0, stepIndex: 0, phase: "notStarted" },
    revision: 0,
    updatedAt: now.toISOString(),
  };
}

export function templateOf(workshop: Workshop): WorkshopTemplate {
  return workshopTemplate(workshop.kind, workshop.settings);
}

function notAllowed(workshop: Workshop, command: FacilitatorCommandType): Result<Workshop> {
  return err("workshop.commandNotAllowed", { command, phase: workshop.pointer.phase });
}

function withPointer(
  workshop: Workshop,
  pointer: FacilitatorPointer,
  now: Date,
  extra: Partial<Workshop> = {},
): Workshop {
  const { paused: _paused, ...rest } = workshop;
  return { ...rest, ...extra, pointer, revision: workshop.revision + 1, updatedAt: now.toISOString() };
}

function isActive(phase: WorkshopPhase): phase is ActivePhase {
  return phase === "input" || phase === "closed" || phase === "revealed";
}

function moveTo(workshop: Workshop, sequenceIndex: number, stepIndex: number, now: Date): Workshop {
  return withPointer(workshop, { sequenceIndex, stepIndex, phase: "closed" }, now);
}

function setPhase(workshop: Workshop, phase: WorkshopPhase, now: Date): Workshop {
  const { sequenceIndex, stepIndex } = workshop.pointer;
  return withPointer(workshop, { sequenceIndex, stepIndex, phase }, now);
}

type Handler<C extends FacilitatorCommand> = (workshop: Workshop, command: C, now: Date) => Result<Workshop>;
type HandlerMap = { readonly [K in FacilitatorCommandType]: Handler<Extract<FacilitatorCommand, { type: K }>> };

/** One pure function per command; transports route their verbs through this typed map. */
export const workshopCommands: HandlerMap = {
  start: (w, _c, now) =>
    w.pointer.phase === "notStarted"
      ? ok(withPointer(w, { sequenceIndex: 0, stepIndex: 0, phase: "closed" }, now, { startedAt: now.toISOString() }))
      : notAllowed(w, "start"),

  openInput: (w, _c, now) =>
    w.pointer.phase === "closed" ? ok(setPhase(w, "input", now)) : notAllowed(w, "openInput"),

  closeInput: (w, _c, now) =>
    w.pointer.phase === "input" ? ok(setPhase(w, "closed", now)) : notAllowed(w, "closeInput"),

  reveal: (w, _c, now) =>
    w.pointer.phase === "input" || w.pointer.phase === "closed"
      ? ok(setPhase(w, "revealed", now))
      : notAllowed(w, "reveal"),

  next: (w, _c, now) => {
    if (!isActive(w.pointer.phase)) return notAllowed(w, "next");
    const template = templateOf(w);
    const { sequenceIndex, stepIndex } = w.pointer;
    if (stepAt(template, sequenceIndex, stepIndex + 1)) return ok(moveTo(w, sequenceIndex, stepIndex + 1, now));
    if (stepAt(template, sequenceIndex + 1, 0)) return ok(moveTo(w, sequenceIndex + 1, 0, now));
    return err("workshop.noNextStep");
  },

  previous: (w, _c, now) => {
    if (!isActive(w.pointer.phase)) return notAllowed(w, "previous");
    const template = templateOf(w);
    const { sequenceIndex, stepIndex } = w.pointer;
    if (stepIndex > 0) return ok(moveTo(w, sequenceIndex, stepIndex - 1, now));
    const previousSequence = template.sequences[sequenceIndex - 1];
    if (!previousSequence) return err("workshop.noPreviousStep");
    return ok(moveTo(w, sequenceIndex - 1, previousSequence.steps.length - 1, now));
  },

  pause: (w, _c, now) => {
    const phase = w.pointer.phase;
    if (!isActive(phase)) return notAllowed(w, "pause");
    const endsAt = w.pointer.countdownEndsAt;
    const remaining = endsAt === undefined ? undefined : Math.max(0, Date.parse(endsAt) - now.getTime());
    const paused = { phase, ...(remaining !== undefined ? { countdownRemainingMs: remaining } : {}) };
    return ok({ ...setPhase(w, "paused", now), paused });
  },

  resume: (w, _c, now) => {
    if (w.pointer.phase !== "paused" || !w.paused) return notAllowed(w, "resume");
    const { sequenceIndex, stepIndex } = w.pointer;
    const remaining = w.paused.countdownRemainingMs;
    const countdown =
      remaining === undefined ? {} : { countdownEndsAt: new Date(now.getTime() + remaining).toISOString() };
    return ok(withPointer(w, { sequenceIndex, stepIndex, phase: w.paused.phase, ...countdown }, now));
  },

  end: (w, _c, now) => {
    const phase = w.pointer.phase;
    if (phase === "notStarted" || phase === "ended") return notAllowed(w, "end");
    const { sequenceIndex, stepIndex } = w.pointer;
    return ok(withPointer(w, { sequenceIndex, stepIndex, phase: "ended" }, now, { endedAt: now.toISOString() }));
  },

  setCountdown: (w, c, now) => {
    if (!isActive(w.pointer.phase)) return notAllowed(w, "setCountdown");
    if (!Number.isInteger(c.seconds) || c.seconds < 0 || c.seconds > COUNTDOWN_MAX_SECONDS) {
      return err("workshop.countdownOutOfRange", { min: 0, max: COUNTDOWN_MAX_SECONDS, value: c.seconds });
    }
    const { sequenceIndex, stepIndex, phase } = w.pointer;
    const countdown =
      c.seconds === 0 ? {} : { countdownEndsAt: new Date(now.getTime() + c.seconds * 1000).toISOString() };
    return ok(withPointer(w, { sequenceIndex, stepIndex, phase, ...countdown }, now));
  },
};

export function applyCommand(workshop: Workshop, command: FacilitatorCommand, now: Date): Result<Workshop> {
  const handler = workshopCommands[command.type] as Handler<FacilitatorCommand>;
  return handler(workshop, command, now);
}

/** What participants see. */
export type ParticipantView =
  | { readonly screen: "waiting" }
  | { readonly screen: "paused" }
  | { readonly screen: "ended" }
  | {
      readonly screen: "step";
      readonly sequenceId: SequenceId;
      readonly sequenceTitle: LocalisedText;
      readonly sequenceIndex: number;
      readonly sequenceCount: number;
      readonly stepIndex: number;
      readonly stepCount: number;
      readonly step: StepDefinition;
      readonly phase: ActivePhase;
      /** Participants may type, answer or vote. */
      readonly acceptsInput: boolean;
      /** Results (items, histogram, tally) are shown to everyone. */
      readonly showsResults: boolean;
      readonly countdownEndsAt?: string;
    };

export function currentStep(workshop: Workshop): ParticipantView {
  const { phase, sequenceIndex, stepIndex, countdownEndsAt } = workshop.pointer;
  if (phase === "notStarted") return { screen: "waiting" };
  if (phase === "paused") return { screen: "paused" };
  if (phase === "ended") return { screen: "ended" };
  const template = templateOf(workshop);
  const sequence = template.sequences[sequenceIndex];
  const step = sequence?.steps[stepIndex];
  // A pointer outside the template can only come from corrupted storage.
  if (!sequence || !step)
    throw new RangeError(`Pointer ${sequenceIndex}/${stepIndex} outside workshop ${workshop.kind}`);
  return {
    screen: "step",
    sequenceId: sequence.id,
    sequenceTitle: sequence.title,
    sequenceIndex,
    sequenceCount: template.sequences.length,
    stepIndex,
    stepCount: sequence.steps.length,
    step,
    phase,
    acceptsInput: phase === "input",
    showsResults: phase === "revealed",
    ...(countdownEndsAt !== undefined ? { countdownEndsAt } : {}),
  };
}

/** Whether the countdown, if any, has run out (for display; input stays open until closed). */
export function countdownExpired(workshop: Workshop, now: Date): boolean {
  const endsAt = workshop.pointer.countdownEndsAt;
  return endsAt !== undefined && workshop.pointer.phase !== "paused" && Date.parse(endsAt) <= now.getTime();
}

/**
 * Guards every participant input: the submission must target the step on screen, of the
 * expected type, while input is open. A stale card (an earlier step) is refused, not misfiled.
 */
export function requireOpenStep<T extends StepType>(
  workshop: Workshop,
  stepId: StepId,
  type: T,
): Result<Extract<StepDefinition, { type: T }>> {
  const view = currentStep(workshop);
  if (view.screen !== "step") return err("workshop.inputClosed", { stepId });
  if (view.step.id !== stepId) return err("workshop.stepNotCurrent", { stepId, currentStepId: view.step.id });
  if (view.step.type !== type) return err("workshop.wrongStepType", { stepId, expected: type, actual: view.step.type });
  if (!view.acceptsInput) return err("workshop.inputClosed", { stepId });
  return ok(view.step as Extract<StepDefinition, { type: T }>);
}

/** The facilitator commands the machine accepts now: the console offers these and no others. */
export function allowedCommands(workshop: Workshop, now: Date): FacilitatorCommandType[] {
  return FACILITATOR_COMMAND_TYPES.filter((type) => {
    const command = (type === "setCountdown" ? { type, seconds: 60 } : { type }) as FacilitatorCommand;
    return applyCommand(workshop, command, now).ok;
  });
}

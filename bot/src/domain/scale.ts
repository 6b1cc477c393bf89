/**
 * "Where we stand": each participant places today's relation on a 0..10 scale between the
 * chaotic and the ideal; the group sees the spread (histogram), not who answered what.
 */
import { err, ok, type Result } from "./result";
import { cleanText, textLength } from "./text";
import { requireOpenStep, type Workshop } from "./workshopMachine";
import { SCALE_MAX, SCALE_MIN } from "./workshopTemplate";

export interface ScaleAnswer {
  readonly workshopId: string;
  readonly participantKey: string;
  readonly value: number;
  readonly comment?: string;
  readonly at: string;
}

export interface NewScaleAnswer {
  readonly participantKey: string;
  readonly value: number;
  readonly comment?: string;
}

/** One answer per participant: a new one replaces the previous. Returns the whole new list. */
export function answerScale(
  workshop: Workshop,
  answers: readonly ScaleAnswer[],
  input: NewScaleAnswer,
  now: Date,
): Result<ScaleAnswer[]> {
  const step = requireOpenStep(workshop, "scale", "scale");
  if (!step.ok) return step;
  if (!Number.isInteger(input.value)) return err("scale.notAnInteger", { value: String(input.value) });
  if (input.value < SCALE_MIN || input.value > SCALE_MAX) {
    return err("scale.outOfRange", { min: SCALE_MIN, max: SCALE_MAX, value: input.value });
  }
  let comment: string | undefined;
  if (input.comment !== undefined && cleanText(input.comment).length > 0) {
    if (!step.value.allowComment) return err("scale.commentNotAllowed");
    comment = cleanText(input.comment);
    const length = textLength(comment);
    if (length > step.value.maxCommentLength) {
      return err("scale.commentTooLong", { max: step.value.maxCommentLength, length });
    }
  }
  const answer: ScaleAnswer = {
    workshopId: workshop.id,
    participantKey: input.participantKey,
    value: input.value,
    ...(comment !== undefined ? { comment } : {}),
    at: now.toISOString(),
  };
  return ok([...answers.filter((a) => a.participantKey !== input.participantKey), answer]);
}

/** Counts per value 0..10 (11 buckets). Out-of-range values are a storage bug and are ignored. */
export function histogram(answers: readonly Pick<ScaleAnswer, "value">[]): number[] {
  const buckets = new Array<number>(SCALE_MAX - SCALE_MIN + 1).fill(0);
  for (const a of answers) {
    const i = a.value - SCALE_MIN;
    if (Number.isInteger(i) && i >= 0 && i < buckets.length) buckets[i] = (buckets[i] ?? 0) + 1;
  }
  return buckets;
}

export interface ScaleSummary {
  readonly count: number;
  /** null when nobody answered; the mean of the two middle values for an even count. */
  readonly median: number | null;
  readonly histogram: readonly number[];
}

export function scaleSummary(answers: readonly Pick<ScaleAnswer, "value">[]): ScaleSummary {
  const buckets = histogram(answers);
  const values = buckets.flatMap((n, i) => new Array<number>(n).fill(i + SCALE_MIN));
  const count = values.length;
  let median: number | null = null;
  if (count > 0) {
    const mid = Math.floor(count / 2);
    median = count % 2 === 1 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
  }
  return { count, median, histogram: buckets };
}

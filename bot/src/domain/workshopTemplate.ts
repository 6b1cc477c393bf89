/**
 * The built-in template of the method: which sequences and steps each workshop has.
 * The structure is fixed by the method; the words (prompts, scale labels) and the numbers
 * (budgets, how many items are kept, length limits) come from the campaign's WorkshopSettings,
 * so the same machinery can serve another question than the agent–usager relation.
 */
import type { WorkshopNumber } from "./campaign";
import type { LocalisedText, VoteSettings, WorkshopSettings } from "./workshopSettings";

/** Who would carry out an action / who commits. */
export const COMMIT_PARTIES = ["agents", "usagers", "both"] as const;
export type CommitParty = (typeof COMMIT_PARTIES)[number];

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

export const SEQUENCE_IDS = ["idealChaotic", "whereWeStand", "actions", "qualities", "priorities"] as const;
export type SequenceId = (typeof SEQUENCE_IDS)[number];

export const STEP_IDS = [
  "ideal",
  "chaotic",
  "scale",
  "actions",
  "actionsVote",
  "qualitiesVote",
  "prioritiesVote",
  "commitments",
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const BALLOT_KINDS = ["actions", "qualities", "priorities"] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

/** Participants type short text items; `tags` present ⇒ each item says who would commit. */
export interface ContributionStep {
  readonly type: "contributions";
  readonly id: "ideal" | "chaotic" | "actions";
  readonly prompt: LocalisedText;
  readonly tags?: readonly CommitParty[];
  readonly maxLength: number;
  readonly maxEntries: number;
}

/** Each participant places a cursor between the two labelled ends, with an optional comment. */
export interface ScaleStep {
  readonly type: "scale";
  readonly id: "scale";
  readonly prompt: LocalisedText;
  readonly min: typeof SCALE_MIN;
  readonly max: typeof SCALE_MAX;
  readonly minLabel: LocalisedText;
  readonly maxLabel: LocalisedText;
  readonly allowComment: boolean;
  readonly maxCommentLength: number;
}

/** Dot vote on a ballot built from earlier contributions. */
export interface VoteStep extends VoteSettings {
  readonly type: "vote";
  readonly id: "actionsVote" | "qualitiesVote" | "prioritiesVote";
  readonly ballot: BallotKind;
  readonly prompt: LocalisedText;
}

/** The facilitator rewrites the chosen priorities as commitments; participants watch. */
export interface CommitmentsStep {
  readonly type: "commitments";
  readonly id: "commitments";
  readonly prompt: LocalisedText;
}

export type StepDefinition = ContributionStep | ScaleStep | VoteStep | CommitmentsStep;
export type StepType = StepDefinition["type"];

export interface SequenceDefinition {
  readonly id: SequenceId;
  readonly title: LocalisedText;
  readonly steps: readonly StepDefinition[];
}

export interface WorkshopTemplate {
  readonly kind: WorkshopNumber;
  readonly sequences: readonly SequenceDefinition[];
}

export function workshopTemplate(kind: WorkshopNumber, settings: WorkshopSettings): WorkshopTemplate {
  const text = (id: "ideal" | "chaotic" | "actions", tags?: readonly CommitParty[]): ContributionStep => ({
    type: "contributions",
    id,
    prompt: settings.prompts[id],
    ...(tags ? { tags } : {}),
    maxLength: settings.maxContributionLength,
    maxEntries: settings.maxEntriesPerStep,
  });
  if (kind === 3) {
    return {
      kind,
      sequences: [
        {
          id: "qualities",
          title: settings.sequenceTitles.qualities,
          steps: [
            {
              type: "vote",
              id: "qualitiesVote",
              ballot: "qualities",
              prompt: settings.prompts.qualitiesVote,
              ...settings.qualitiesVote,
            },
          ],
        },
        {
          id: "priorities",
          title: settings.sequenceTitles.priorities,
          steps: [
            {
              type: "vote",
              id: "prioritiesVote",
              ballot: "priorities",
              prompt: settings.prompts.prioritiesVote,
              ...settings.prioritiesVote,
            },
            { type: "commitments", id: "commitments", prompt: settings.prompts.commitments },
          ],
        },
      ],
    };
  }
  const actionSteps: StepDefinition[] = [text("actions", COMMIT_PARTIES)];
  if (settings.actionsVote.enabled) {
    const { enabled: _enabled, ...vote } = settings.actionsVote;
    actionSteps.push({
      type: "vote",
      id: "actionsVote",
      ballot: "actions",
      prompt: settings.prompts.actionsVote,
      ...vote,
    });
  }
  return {
    kind,
    sequences: [
      { id: "idealChaotic", title: settings.sequenceTitles.idealChaotic, steps: [text("ideal"), text("chaotic")] },
      {
        id: "whereWeStand",
        title: settings.sequenceTitles.whereWeStand,
        steps: [
          {
            type: "scale",
            id: "scale",
            prompt: settings.prompts.scale,
            min: SCALE_MIN,
            max: SCALE_MAX,
            minLabel: settings.scaleLabels.min,
            maxLabel: settings.scaleLabels.max,
            allowComment: settings.scaleAllowsComment,
            maxCommentLength: settings.maxContributionLength,
          },
        ],
      },
      { id: "actions", title: settings.sequenceTitles.actions, steps: actionSteps },
    ],
  };
}

/** The step at a position, or undefined when the position is outside the template. */
export function stepAt(
  template: WorkshopTemplate,
  sequenceIndex: number,
  stepIndex: number,
): StepDefinition | undefined {
  return template.sequences[sequenceIndex]?.steps[stepIndex];
}

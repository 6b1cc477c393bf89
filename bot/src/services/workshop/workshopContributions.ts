import { addContribution, type ContributionStepId } from "../../domain/contributions";
import { err, ok, type Result } from "../../domain/result";
import { answerScale } from "../../domain/scale";
import { requireOpenStep } from "../../domain/workshopMachine";
import type { SheetEntry, StoredContribution } from "../../storage/workshop/contributionRepository";
import type { WorkshopStores } from "../../storage/workshop/workshopStores";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { Clock } from "../clock";
import { contributionId, type Subject } from "./participantKey";
import type { WorkshopRecords } from "./workshopRecords";

/** One of a participant's own entries on a step, as their card lists it. */
export type MyEntry = Pick<SheetEntry, "text" | "createdAt">;

export interface ContributionInput {
  readonly stepId: ContributionStepId;
  readonly text: string;
  readonly tag?: string;
  readonly requestId: string;
}

/** Participants' answers to contribution and scale steps (their own, or entered for them). */
export class WorkshopContributions {
  constructor(
    private readonly stores: WorkshopStores,
    private readonly records: WorkshopRecords,
    private readonly clock: Clock,
  ) {}

  /**
   * One request in the common case: the item and its author's sheet in one transaction (see
   * ContributionRepository.add), the answer card built from what was written. Replays add nothing.
   */
  async contribute(
    record: WorkshopRecord,
    subject: Subject,
    input: ContributionInput,
    proxy: boolean,
  ): Promise<Result<{ id: string; mine: readonly MyEntry[] }>> {
    const key = this.records.keyOf(record, subject);
    if (!key.ok) return key;
    const workshop = record.workshop;
    // The text is part of the id: two different words sent from one card before it refreshed are two items.
    const id = contributionId(record.secret, key.value, `${input.requestId}\n${input.text}`);
    const tag = input.tag === undefined || input.tag === "" ? undefined : input.tag;
    const step = requireOpenStep(workshop, input.stepId, "contributions");
    if (!step.ok) {
      // A resend of an entry stored before input closed is still answered as stored, when this instance stored it.
      const recalled = this.stores.contributions.recalled({
        workshopId: workshop.id,
        stepId: input.stepId,
        participantKey: key.value,
        id,
      });
      return recalled ? ok({ id, mine: recalled }) : step;
    }
    // The domain checks the step, the text and the tag; the count is the sheet's, checked in the write.
    const added = addContribution(
      workshop,
      [],
      { id, stepId: input.stepId, participantKey: key.value, text: input.text, ...(tag !== undefined ? { tag } : {}) },
      this.clock(),
    );
    if (!added.ok) return added;
    const item: StoredContribution = { ...added.value, proxy };
    const max = step.value.maxEntries;
    const stored = await this.stores.contributions.add(item, max);
    if (stored.kind === "full") return err("contribution.tooManyEntries", { max });
    if (stored.kind === "added") await this.records.recordAttendee(record, subject, key.value);
    return ok({ id, mine: stored.entries });
  }

  async answerScale(
    record: WorkshopRecord,
    subject: Subject,
    input: { value: number; comment?: string },
    proxy: boolean,
  ): Promise<Result<{ value: number; comment?: string }>> {
    const key = this.records.keyOf(record, subject);
    if (!key.ok) return key;
    const answered = answerScale(
      record.workshop,
      [],
      {
        participantKey: key.value,
        value: input.value,
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
      },
      this.clock(),
    );
    if (!answered.ok) return answered;
    const answer = answered.value[answered.value.length - 1];
    if (!answer) throw new Error("answerScale returned no answer");
    await this.stores.scale.save({ ...answer, proxy });
    await this.records.recordAttendee(record, subject, key.value);
    return ok({ value: answer.value, ...(answer.comment !== undefined ? { comment: answer.comment } : {}) });
  }
}

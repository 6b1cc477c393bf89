import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { Subject } from "./participantKey";
import { err, ok, type Result } from "../../domain/result";
import { contributeSubmission, scaleSubmission, voteSubmission } from "../../cards/workshop/participantCardInputs";
import type { PersonalState } from "../../contracts/workshopResults";
import type { WorkshopService } from "./workshopService";
import { WORKSHOP_VERB, type PublicVerb } from "../../cards/workshop/workshopVerbs";

/** On success, the participant's own state after the answer (undefined: read it back). */
type ParticipantHandler = (
  service: WorkshopService,
  record: WorkshopRecord,
  subject: Subject,
  data: Record<string, unknown>,
) => Promise<Result<PersonalState | undefined>>;

/** Participant answers, the same whether they come from a Teams card or the join page. */
export const participantActions: { readonly [V in PublicVerb]: ParticipantHandler } = {
  [WORKSHOP_VERB.contribute]: async (service, record, subject, data) => {
    const input = contributeSubmission.safeParse(data);
    if (!input.success) return err("workshop.badInput");
    const { tag, ...rest } = input.data;
    const added = await service.contributions.contribute(
      record,
      subject,
      { ...rest, ...(tag !== undefined ? { tag } : {}) },
      false,
    );
    return added.ok ? ok(service.results.personalAfter(record, { mine: added.value.mine })) : added;
  },
  [WORKSHOP_VERB.scale]: async (service, record, subject, data) => {
    const input = scaleSubmission.safeParse(data);
    if (!input.success) return err("workshop.badInput");
    if (input.data.value === undefined) return err("scale.notAnInteger", { value: "" });
    const answered = await service.contributions.answerScale(
      record,
      subject,
      { value: input.data.value, ...(input.data.comment !== undefined ? { comment: input.data.comment } : {}) },
      false,
    );
    return answered.ok ? ok(service.results.personalAfter(record, { scale: answered.value })) : answered;
  },
  [WORKSHOP_VERB.vote]: async (service, record, subject, data) => vote(service, record, subject, data, false),
  [WORKSHOP_VERB.unvote]: async (service, record, subject, data) => vote(service, record, subject, data, true),
};

async function vote(
  service: WorkshopService,
  record: WorkshopRecord,
  subject: Subject,
  data: Record<string, unknown>,
  retract: boolean,
): Promise<Result<PersonalState | undefined>> {
  const input = voteSubmission.safeParse(data);
  if (!input.success) return err("workshop.badInput");
  // The item and direction are part of the request key: two buttons of one card are two requests.
  const requestId = `${input.data.requestId}|${input.data.itemId}|${retract ? "-" : "+"}`;
  const voted = await service.votes.vote(record, subject, { ...input.data, requestId, retract }, false);
  return voted.ok ? ok(service.results.personalAfter(record, { ballot: voted.value })) : voted;
}

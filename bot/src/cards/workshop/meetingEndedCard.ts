import { adaptiveCard, type AdaptiveCard } from "../adaptiveCard";
import { heading, paragraph, userText, type CardNotice } from "../elements";
import type { WorkshopNumber } from "../../domain/campaign";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";
import type { MeetingEndedSubmission } from "./meetingEndedCardInputs";
import { facilitatorVerb, WORKSHOP_VERB } from "./workshopVerbs";

export interface MeetingEndedModel {
  readonly campaign: { readonly id: string; readonly name: string };
  readonly kind: WorkshopNumber;
  /** The workshop's revision once paused: what both buttons act on. */
  readonly revision: number;
}

/**
 * Posted in the meeting chat when the meeting ends with its workshop open: the workshop was paused
 * so nothing is lost, and the facilitator chooses to end it now or to keep it for later. `answered`
 * is the card once someone chose (no buttons left to click again).
 */
export function meetingEndedCard(model: MeetingEndedModel, locale: Locale, answered?: CardNotice): AdaptiveCard {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const body = [
    heading(t("workshop.meetingEnded.title")),
    userText(model.campaign.name, { weight: "bolder" }),
    paragraph(t("workshop.meetingEnded.paused", { kind: t(`workshop.kind.${model.kind}`) })),
  ];
  if (answered) return adaptiveCard([...body, paragraph(answered.text, { color: answered.tone })]);
  const data: MeetingEndedSubmission = { campaignId: model.campaign.id, kind: model.kind, revision: model.revision };
  return adaptiveCard(
    [...body, paragraph(t("workshop.meetingEnded.question"))],
    [
      {
        type: "Action.Execute",
        title: t("workshop.meetingEnded.end"),
        verb: facilitatorVerb("end"),
        data,
        style: "destructive",
      },
      { type: "Action.Execute", title: t("workshop.meetingEnded.keep"), verb: WORKSHOP_VERB.keepPaused, data },
    ],
  );
}

import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import type { MixedAnswer } from "../../domain/mixedPanel";
import { formatDate } from "./formatDate";
import { RECRUITMENT_VERB } from "./recruitmentVerbs";
import type { MixedAnswerData } from "./mixedInvitationInputs";

export interface MixedInvitationView {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly workshopAt?: string;
  /** The agent's answer so far: the card then says it and still lets them change their mind. */
  readonly answer?: MixedAnswer;
}

function answer(campaignId: string, value: MixedAnswer): MixedAnswerData {
  return { campaignId, answer: value };
}

/** Sent 1:1 to each agent of the confirmed agent panel: do they take part in workshop 3? */
export function mixedInvitationCard(view: MixedInvitationView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const body: CardElement[] = [
    heading(t("recruitment.mixed.cardTitle")),
    userText(view.campaignName, { weight: "bolder" }),
    paragraph(t("recruitment.mixed.cardIntro")),
  ];
  if (view.workshopAt)
    body.push(paragraph(t("recruitment.notice.when", { date: formatDate(view.workshopAt, locale) })));
  if (view.answer)
    body.push(
      paragraph(t(view.answer === "yes" ? "recruitment.mixed.answeredYes" : "recruitment.mixed.answeredNo"), {
        color: "good",
      }),
    );
  return adaptiveCard(body, [
    {
      type: "Action.Execute",
      title: t("recruitment.mixed.yes"),
      verb: RECRUITMENT_VERB.mixedAnswer,
      data: answer(view.campaignId, "yes"),
      style: "positive",
    },
    {
      type: "Action.Execute",
      title: t("recruitment.mixed.no"),
      verb: RECRUITMENT_VERB.mixedAnswer,
      data: answer(view.campaignId, "no"),
    },
  ]);
}

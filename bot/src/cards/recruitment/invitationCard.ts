import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import { formatDate } from "./formatDate";
import { RECRUITMENT_VERB } from "./recruitmentVerbs";
import type { CampaignActionData } from "./campaignActionInputs";

export interface InvitationView {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly workshop1At?: string;
  /** Teams ids of volunteers whose own view Teams should fetch automatically (at most 60). */
  readonly refreshUserIds?: readonly string[];
  /** Sent again to those who did not answer: a friendlier title. */
  readonly reminder?: boolean;
}

export const MAX_REFRESH_USERS = 60;

/** The shared card everyone sees; volunteers see their own status instead, through `refresh`. */
export function invitationCard(view: InvitationView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const data: CampaignActionData = { campaignId: view.campaignId };
  const title = view.reminder
    ? t("recruitment.reminder.title", { campaign: view.campaignName })
    : t("recruitment.invitation.title");
  const body: CardElement[] = [
    view.reminder
      ? { type: "RichTextBlock", inlines: [{ type: "TextRun", text: title, size: "large", weight: "bolder" }] }
      : heading(title),
    userText(view.campaignName, { weight: "bolder" }),
    paragraph(t("recruitment.invitation.intro")),
  ];
  if (view.workshop1At)
    body.push(paragraph(t("recruitment.invitation.dates", { date: formatDate(view.workshop1At, locale) })));
  const card = adaptiveCard(body, [
    {
      type: "Action.Execute",
      title: t("recruitment.invitation.volunteer"),
      verb: RECRUITMENT_VERB.volunteer,
      data,
      style: "positive",
    },
  ]);
  const userIds = (view.refreshUserIds ?? []).slice(-MAX_REFRESH_USERS);
  if (userIds.length > 0)
    card.refresh = {
      action: { type: "Action.Execute", title: "refresh", verb: RECRUITMENT_VERB.myStatus, data },
      userIds: [...userIds],
    };
  return card;
}

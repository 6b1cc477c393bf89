import type { AgentProfile } from "../../domain/profiles";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph } from "../elements";
import { AGENT_FIELDS, valueLabel, type AgentField } from "./choices";
import { MAX_REFRESH_USERS } from "./invitationCard";
import { RECRUITMENT_VERB } from "./recruitmentVerbs";
import type { CampaignActionData } from "./campaignActionInputs";

export interface VolunteerStatusView {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly volunteerName: string;
  readonly status: "volunteered" | "withdrawn";
  readonly profile?: AgentProfile;
  /** Keeps this per-user view when Teams re-renders the card for these users. */
  readonly refreshUserIds: readonly string[];
}

/** What one agent sees of the invitation once they answered: their own status and answers. */
export function volunteerStatusCard(view: VolunteerStatusView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const data: CampaignActionData = { campaignId: view.campaignId };
  const body: CardElement[] = [heading(t("recruitment.invitation.title"))];
  // Names come from Teams and campaign names from people: no markdown.
  if (view.status === "volunteered") {
    body.push({
      type: "RichTextBlock",
      inlines: [
        {
          type: "TextRun",
          text: t("recruitment.status.volunteered", { name: view.volunteerName, campaign: view.campaignName }),
          weight: "bolder",
        },
      ],
    });
    if (view.profile) {
      const profile = view.profile;
      const labels = (Object.keys(AGENT_FIELDS) as AgentField[]).map((f) => valueLabel(t, f, profile[f]));
      body.push(paragraph(t("recruitment.status.profile", { profile: labels.join(", ") })));
    }
    body.push(paragraph(t("recruitment.status.next"), { subtle: true }));
  } else {
    body.push({
      type: "RichTextBlock",
      inlines: [{ type: "TextRun", text: t("recruitment.status.withdrawn", { campaign: view.campaignName }) }],
    });
  }
  const actions =
    view.status === "volunteered"
      ? [
          {
            type: "Action.Execute" as const,
            title: t("recruitment.status.change"),
            verb: RECRUITMENT_VERB.volunteer,
            data,
          },
          {
            type: "Action.Execute" as const,
            title: t("recruitment.nominate.action"),
            verb: RECRUITMENT_VERB.nominateForm,
            data,
          },
          {
            type: "Action.Execute" as const,
            title: t("recruitment.status.withdraw"),
            verb: RECRUITMENT_VERB.withdraw,
            data,
            style: "destructive" as const,
          },
        ]
      : [
          {
            type: "Action.Execute" as const,
            title: t("recruitment.invitation.volunteer"),
            verb: RECRUITMENT_VERB.volunteer,
            data,
            style: "positive" as const,
          },
        ];
  const card = adaptiveCard(body, actions);
  const userIds = view.refreshUserIds.slice(-MAX_REFRESH_USERS);
  if (userIds.length > 0)
    card.refresh = {
      action: { type: "Action.Execute", title: "refresh", verb: RECRUITMENT_VERB.myStatus, data },
      userIds: [...userIds],
    };
  return card;
}

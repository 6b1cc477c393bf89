import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardAction, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import { RECRUITMENT_VERB } from "./recruitmentVerbs";
import type { CampaignActionData } from "./campaignActionInputs";

export interface ProgressCounts {
  readonly sent: number;
  readonly pending: number;
  readonly failed: number;
  readonly unreachable: number;
  readonly total: number;
}

export interface OutboxProgressView {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly counts?: ProgressCounts;
  /** A line about the last action (queued, replayed), when there is one. */
  readonly notice?: string;
  /** The tab's page for these messages (who was not reached, and why). */
  readonly followUrl?: string;
}

/** The coordinator's control of 1:1 invitations; the outbox worker keeps the counts current. */
export function outboxProgressCard(view: OutboxProgressView, locale: Locale, formId: string): AdaptiveCard {
  const t = translator(locale);
  const body: CardElement[] = [
    heading(t("recruitment.progress.title")),
    userText(view.campaignName, { weight: "bolder" }),
  ];
  if (view.notice) body.push(paragraph(view.notice));
  const c = view.counts;
  if (c) {
    body.push(
      paragraph(
        t("recruitment.progress.counts", {
          sent: c.sent,
          pending: c.pending,
          failed: c.failed,
          unreachable: c.unreachable,
          total: c.total,
        }),
      ),
    );
    if (c.unreachable > 0) body.push(paragraph(t("recruitment.progress.unreachableHint"), { subtle: true }));
  }
  const data: CampaignActionData = { campaignId: view.campaignId, formId };
  const actions: CardAction[] = [];
  if (!c)
    actions.push({
      type: "Action.Execute",
      title: t("recruitment.progress.inviteAll"),
      verb: RECRUITMENT_VERB.inviteAll,
      data,
      style: "positive",
    });
  else {
    actions.push({
      type: "Action.Execute",
      title: t("recruitment.progress.remind"),
      verb: RECRUITMENT_VERB.remind,
      data,
    });
    if (c.failed > 0)
      actions.push({
        type: "Action.Execute",
        title: t("recruitment.progress.replay"),
        verb: RECRUITMENT_VERB.replay,
        data,
      });
    actions.push({ type: "Action.Execute", title: "↻", verb: RECRUITMENT_VERB.progress, data });
    // Only meaningful once the agent panel is confirmed; the handler says so otherwise.
    actions.push({
      type: "Action.Execute",
      title: t("recruitment.mixed.open"),
      verb: RECRUITMENT_VERB.openMixed,
      data,
    });
    if (view.followUrl)
      actions.push({ type: "Action.OpenUrl", title: t("recruitment.progress.follow"), url: view.followUrl });
  }
  return adaptiveCard(body, actions);
}

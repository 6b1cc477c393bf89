import type { CampaignProgressDto } from "../../contracts/campaignProgress";
import type { CampaignState } from "../../domain/campaign";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardAction, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText, type CardNotice } from "../elements";
import { formatDate } from "../recruitment/formatDate";
import type { CampaignRefData, MoveData } from "./campaignStepsInputs";
import type { CampaignVerb } from "./campaignVerbs";

export interface CampaignStepsCardOptions {
  /** The campaign page in the tab, when a link can be made. */
  readonly pageUrl?: string;
  readonly notice?: CardNotice;
}

const MARK = { done: "✓", current: "▶", upcoming: "○" } as const;

/**
 * The campaign's steps in Teams: where it is, what is missing before the next step, and one button
 * for it. Going back and closing early are on the campaign page, which asks for a confirmation.
 */
export function campaignStepsCard(
  view: CampaignProgressDto,
  locale: Locale,
  options: CampaignStepsCardOptions = {},
): AdaptiveCard {
  const t = translator(locale);
  const c = view.campaign;
  const body: CardElement[] = [heading(t("campaign.steps.title")), userText(c.name, { weight: "bolder" })];
  if (options.notice)
    body.push(paragraph(options.notice.text, { color: options.notice.tone === "good" ? "good" : "attention" }));
  body.push(paragraph(t("campaign.steps.current", { state: t(`state.${c.state}`) })));
  body.push({
    type: "RichTextBlock",
    inlines: view.steps.map((s, i) => ({
      type: "TextRun" as const,
      text: `${i > 0 ? "\n" : ""}${MARK[s.status]} ${t(`state.${s.state}`)}${s.status === "done" ? ` (${t("campaign.steps.done")})` : ""}`,
      ...(s.status === "current" ? { weight: "bolder" as const } : s.status === "upcoming" ? { italic: true } : {}),
    })),
  });
  body.push(
    paragraph(
      view.workshops
        .map((w) =>
          w.plannedAt
            ? t("campaign.steps.workshopDate", { number: w.number, date: formatDate(w.plannedAt, locale) })
            : t("campaign.steps.noDate", { number: w.number }),
        )
        .join("\n\n"),
      { subtle: true },
    ),
  );
  for (const w of view.warnings) body.push(paragraph(w.message, { color: "warning" }));

  const actions: CardAction[] = [];
  const forward = view.moves.find((m) => m.kind === "forward");
  if (c.state === "closed") body.push(paragraph(t("campaign.steps.closed")));
  else if (forward && forward.blockers.length > 0) {
    body.push(paragraph(t("campaign.steps.missing"), { spacing: "medium" }));
    // Blockers are the app's own sentences: markdown lists are intended here.
    body.push(paragraph(forward.blockers.map((b) => `- ${b.message}`).join("\n")));
  } else if (forward) body.push(paragraph(t("campaign.steps.ready"), { spacing: "medium" }));
  if (forward && forward.blockers.length === 0 && view.can.move) {
    actions.push({
      type: "Action.Execute",
      title: t(`campaign.move.${forward.to as Exclude<CampaignState, "draft">}`),
      verb: "campaign.move" satisfies CampaignVerb,
      style: "positive",
      data: { campaignId: c.id, from: c.state, to: forward.to } satisfies MoveData,
    });
  }
  if (forward && !view.can.move) body.push(paragraph(t("campaign.steps.onlyCoordinators"), { subtle: true }));
  if (view.can.manageRoles)
    actions.push({
      type: "Action.Execute",
      title: t("campaign.steps.roles"),
      verb: "campaign.roles" satisfies CampaignVerb,
      data: { campaignId: c.id } satisfies CampaignRefData,
    });
  if (options.pageUrl)
    actions.push({ type: "Action.OpenUrl", title: t("campaign.steps.openPage"), url: options.pageUrl });
  return adaptiveCard(body, actions);
}

import { campaignStepsCard } from "../../cards/campaign/campaignStepsCard";
import type { Locale } from "../../i18n/locale";
import type { CardActionResult } from "../botPorts";
import type { FeatureContext } from "../featureContext";
import type { Actor } from "../policy";
import type { CampaignServices } from "./campaignServices";
import { refusalText } from "../../cards/campaign/refusalText";
import type { CardNotice } from "../../cards/elements";

export type StepsCardFor = (
  campaignId: string,
  actor: Actor,
  locale: Locale,
  notice?: CardNotice,
) => Promise<CardActionResult>;

/** The campaign's steps card as a person sees it (the move button only for coordinators), or why it cannot be shown. */
export function stepsCardFor(ctx: Pick<FeatureContext, "tabLink">, services: CampaignServices): StepsCardFor {
  return async (campaignId, actor, locale, notice) => {
    const view = await services.progress.view(campaignId, actor, locale);
    if (!view.ok) return { kind: "message", text: refusalText(locale, view.error) };
    const pageUrl = ctx.tabLink(`/campaign/${encodeURIComponent(campaignId)}`);
    return {
      kind: "card",
      card: campaignStepsCard(view.value, locale, { ...(pageUrl ? { pageUrl } : {}), ...(notice ? { notice } : {}) }),
    };
  };
}

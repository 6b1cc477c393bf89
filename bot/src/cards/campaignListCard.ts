import type { CampaignState } from "../domain/campaign";
import type { Locale } from "../i18n/locale";
import { translator } from "../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "./adaptiveCard";
import { heading, paragraph } from "./elements";

export interface CampaignListItem {
  readonly name: string;
  readonly state: CampaignState;
  readonly services: readonly string[];
}

export function campaignListCard(items: readonly CampaignListItem[], locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const body: CardElement[] = [heading(t("campaigns.title"))];
  if (items.length === 0) body.push(paragraph(t("campaigns.none")));
  for (const item of items) {
    // Names are typed by coordinators: TextRuns keep them from being read as markdown.
    body.push({
      type: "RichTextBlock",
      separator: true,
      inlines: [
        { type: "TextRun", text: item.name, weight: "bolder" },
        { type: "TextRun", text: ` — ${t(`state.${item.state}`)}` },
        { type: "TextRun", text: `\n${item.services.join(", ")}`, italic: true },
      ],
    });
  }
  return adaptiveCard(body, []);
}

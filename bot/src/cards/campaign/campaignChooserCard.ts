import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard } from "../adaptiveCard";
import { heading, userText } from "../elements";
import type { CampaignRefData } from "./campaignStepsInputs";
import type { CampaignVerb } from "./campaignVerbs";

/** How many campaigns a « choose one » card offers: more would not fit a chat card. */
const MAX_CHOICES = 5;

/** « Plusieurs campagnes vous concernent »: one button per campaign, opening its steps or roles card. */
export function campaignChooserCard(
  campaigns: readonly { readonly id: string; readonly name: string }[],
  locale: Locale,
  verb: Extract<CampaignVerb, "campaign.steps" | "campaign.roles">,
): AdaptiveCard {
  const t = translator(locale);
  const shown = campaigns.slice(0, MAX_CHOICES);
  return adaptiveCard(
    [heading(t("campaign.steps.choose")), ...shown.map((c) => ({ ...userText(c.name), separator: true }))],
    shown.map((c) => ({
      type: "Action.Execute" as const,
      title: t("campaign.steps.show", { name: c.name }),
      verb,
      data: { campaignId: c.id } satisfies CampaignRefData,
    })),
  );
}

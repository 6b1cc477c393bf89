import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import type { SpacingWarning } from "../../domain/spacing";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import { formatDate } from "./formatDate";

export interface CampaignSummaryView {
  readonly campaign: Campaign;
  readonly warnings: readonly SpacingWarning[];
  readonly coordinatorName?: string;
}

export function campaignSummaryCard(view: CampaignSummaryView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const c = view.campaign;
  const body: CardElement[] = [heading(t("recruitment.summary.title")), userText(c.name, { weight: "bolder" })];
  // Service and site names are typed by people: TextRuns, not markdown.
  const rows: [string, string][] = [
    [t("recruitment.summary.approach"), t(`recruitment.approach.${c.approach}`)],
    [t("recruitment.summary.services"), c.services.join(", ")],
    ...(c.site ? ([[t("recruitment.summary.site"), c.site]] as [string, string][]) : []),
    ...([1, 2, 3] as WorkshopNumber[]).map((n): [string, string] => {
      const at = c.workshops[n].plannedAt;
      return [
        t("recruitment.summary.workshop", { number: n }),
        at ? formatDate(at, locale) : t("recruitment.summary.notPlanned"),
      ];
    }),
    [t("recruitment.summary.panelSize"), String(c.panelSize)],
    ...(view.coordinatorName
      ? ([[t("recruitment.summary.coordinator"), view.coordinatorName]] as [string, string][])
      : []),
  ];
  for (const [label, value] of rows) {
    body.push({
      type: "RichTextBlock",
      spacing: "small",
      inlines: [
        { type: "TextRun", text: `${label} : `, weight: "bolder" },
        { type: "TextRun", text: value },
      ],
    });
  }
  for (const w of view.warnings) body.push(paragraph(t(`recruitment.${w.code}`, w.params), { color: "warning" }));
  body.push(paragraph(t("recruitment.summary.next"), { subtle: true }));
  return adaptiveCard(body);
}

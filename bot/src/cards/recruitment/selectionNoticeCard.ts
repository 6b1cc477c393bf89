import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardAction, type CardElement } from "../adaptiveCard";
import { heading, paragraph } from "../elements";
import { formatDate } from "./formatDate";

export interface SelectionNoticeView {
  readonly campaignName: string;
  readonly selected: boolean;
  readonly workshopAt?: string;
  readonly meetingUrl?: string;
}

/** Told to every volunteer once the coordinator confirms the panel, in the volunteer's language. */
export function selectionNoticeCard(view: SelectionNoticeView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const body: CardElement[] = [
    heading(t(view.selected ? "recruitment.notice.selectedTitle" : "recruitment.notice.notSelectedTitle")),
    {
      type: "RichTextBlock",
      inlines: [
        {
          type: "TextRun",
          text: t(view.selected ? "recruitment.notice.selected" : "recruitment.notice.notSelected", {
            campaign: view.campaignName,
          }),
        },
      ],
    },
  ];
  if (view.selected)
    body.push(
      paragraph(
        view.workshopAt
          ? t("recruitment.notice.when", { date: formatDate(view.workshopAt, locale) })
          : t("recruitment.notice.whenUnknown"),
      ),
    );
  const actions: CardAction[] =
    view.selected && view.meetingUrl
      ? [{ type: "Action.OpenUrl", title: t("recruitment.notice.join"), url: view.meetingUrl }]
      : [];
  return adaptiveCard(body, actions);
}

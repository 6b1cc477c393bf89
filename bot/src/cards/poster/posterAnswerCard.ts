import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard } from "../adaptiveCard";
import { paragraph, userText } from "../elements";

export interface PosterAnswerView {
  readonly campaignName: string;
  readonly version: number;
  readonly approved: boolean;
  readonly comment?: string;
  readonly posterUrl?: string;
}

/** Replaces the validation card once the participant has answered, so a second click cannot go astray. */
export function posterAnswerCard(view: PosterAnswerView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  return adaptiveCard(
    [
      userText(view.campaignName, { weight: "bolder" }),
      paragraph(
        t(view.approved ? "poster.card.thanksApproved" : "poster.card.thanksChange", { version: view.version }),
        { color: "good" },
      ),
      ...(view.comment ? [userText(`« ${view.comment} »`, { italic: true })] : []),
    ],
    view.posterUrl ? [{ type: "Action.OpenUrl", title: t("poster.card.open"), url: view.posterUrl }] : [],
  );
}

/** Shown on the card when validation is over (closed or validated) or the caller is not on the panel. */
export function posterInfoCard(text: string): AdaptiveCard {
  return adaptiveCard([paragraph(text)]);
}

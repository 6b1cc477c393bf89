import type { RoadmapStatus } from "../../domain/roadmap";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardAction } from "../adaptiveCard";
import { paragraph } from "../elements";
import type { NoticeToggleData } from "./roadmapNoticeInputs";
import { POSTER_VERB } from "./posterVerbs";

export interface RoadmapNoticeView {
  readonly campaignName: string;
  readonly actionTitle: string;
  readonly status: RoadmapStatus;
  readonly progress: number;
  readonly roadmapUrl?: string;
}

const STATUS_KEY = {
  toStart: "roadmap.status.toStart",
  inProgress: "roadmap.status.inProgress",
  done: "roadmap.status.done",
  dropped: "roadmap.status.dropped",
} as const;

/** The short card participants get when an action of their campaign changes status. */
export function roadmapNoticeCard(view: RoadmapNoticeView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const data: NoticeToggleData = {};
  const actions: CardAction[] = [];
  if (view.roadmapUrl) actions.push({ type: "Action.OpenUrl", title: t("roadmap.card.open"), url: view.roadmapUrl });
  actions.push({ type: "Action.Execute", title: t("roadmap.card.notifyOff"), verb: POSTER_VERB.noticesOff, data });
  return adaptiveCard(
    [
      {
        type: "RichTextBlock",
        inlines: [
          {
            type: "TextRun",
            text: t("roadmap.card.title", { campaign: view.campaignName }),
            weight: "bolder",
            size: "medium",
          },
        ],
      },
      {
        type: "RichTextBlock",
        inlines: [
          {
            type: "TextRun",
            text: t("roadmap.card.status", { action: view.actionTitle, status: t(STATUS_KEY[view.status]) }),
          },
        ],
      },
      paragraph(t("roadmap.card.progress", { progress: view.progress }), { subtle: true }),
    ],
    actions,
  );
}

/** The answer to the notice toggle, offering the opposite choice. */
export function noticePreferenceCard(off: boolean, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const verb = off ? POSTER_VERB.noticesOn : POSTER_VERB.noticesOff;
  const data: NoticeToggleData = {};
  return adaptiveCard(
    [paragraph(t(off ? "roadmap.card.offDone" : "roadmap.card.onDone"))],
    [{ type: "Action.Execute", title: t(off ? "roadmap.card.notifyOn" : "roadmap.card.notifyOff"), verb, data }],
  );
}

import type { FollowViewDto } from "../../../../bot/src/contracts/posterDtos";
import { useLocale, usePublicT } from "../../i18n/I18nProvider";
import { formatDay } from "../../poster/posterText";
import { ProgressLine } from "./ProgressLine";
import { StatusPill } from "./StatusPill";

/** What became of the commitments: each action's status, due date, progress and latest news. */
export function RoadmapList({ actions }: { actions: FollowViewDto["actions"] }) {
  const t = usePublicT();
  const locale = useLocale();
  return (
    <section aria-labelledby="follow-roadmap" className="ve-follow-roadmap">
      <h2 id="follow-roadmap">{t("roadmap.follow.roadmap")}</h2>
      {actions.length === 0 && <p>{t("roadmap.follow.noActions")}</p>}
      <ul className="ve-follow-list">
        {actions.map((a) => {
          const latest = a.updates.at(-1);
          return (
            <li key={a.id} className="ve-follow-item">
              <span className="ve-follow-item-title">{a.title}</span>
              <span>
                <StatusPill status={a.status} />{" "}
                {a.dueDate ? t("roadmap.follow.due", { date: formatDay(`${a.dueDate}T12:00:00Z`, locale) }) : ""}
              </span>
              <ProgressLine progress={a.progress} label={t("roadmap.progress")} />
              {latest?.comment && (
                <p>{t("roadmap.follow.latest", { date: formatDay(latest.at, locale), comment: latest.comment })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

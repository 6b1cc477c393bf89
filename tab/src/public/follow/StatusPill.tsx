import type { RoadmapStatus } from "../../../../bot/src/domain/roadmap";
import { usePublicT } from "../../i18n/I18nProvider";

/** An action's status as a small pill, coloured as the staff's badge is (follow.css), the word always written. */
export function StatusPill({ status }: { status: RoadmapStatus }) {
  const t = usePublicT();
  return <span className={`ve-status ve-status-${status}`}>{t(`roadmap.status.${status}`)}</span>;
}

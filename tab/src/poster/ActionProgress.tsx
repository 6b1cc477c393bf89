import { Badge, Field, ProgressBar } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import type { RoadmapStatus } from "../../../bot/src/domain/roadmap";

const STATUS_COLOUR: Record<RoadmapStatus, "informative" | "brand" | "success" | "subtle"> = {
  toStart: "informative",
  inProgress: "brand",
  done: "success",
  dropped: "subtle",
};

export function StatusBadge({ status }: { status: RoadmapStatus }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={STATUS_COLOUR[status]}>
      {t(`roadmap.status.${status}`)}
    </Badge>
  );
}

/** A labelled progress bar (the percentage is also written, for those who do not see the bar). */
export function ActionProgress({ progress, label }: { progress: number; label: string }) {
  return (
    <Field label={label} validationMessage={`${progress} %`} validationState="none">
      <ProgressBar value={progress / 100} thickness="large" aria-label={label} aria-valuetext={`${progress} %`} />
    </Field>
  );
}

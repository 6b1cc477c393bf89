import { Field, Select, SpinButton, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../i18n/I18nProvider";
import { RoadmapEditForm, type ActionFormProps } from "./RoadmapEditForm";
import { ROADMAP_STATUSES, type RoadmapStatus } from "../../../bot/src/domain/roadmap";

export interface ProgressChange {
  readonly status?: RoadmapStatus;
  readonly progress?: number;
  readonly comment?: string;
}

/** A dated update of an action (status, progress, comment); opened from its "Update" button, in a chunk of its own. */
export function RoadmapProgressForm({ action, testId, onSave, onSaved, onCancel }: ActionFormProps<ProgressChange>) {
  const t = useT();
  const [status, setStatus] = useState<RoadmapStatus>(action.status);
  const [progress, setProgress] = useState(action.progress);
  const [comment, setComment] = useState("");
  return (
    <RoadmapEditForm
      id={`${testId}-update-form`}
      label={t("roadmap.edit.updateTitle", { title: action.title })}
      saveLabel={t("roadmap.addUpdate")}
      saveTestId={`${testId}-save-update`}
      primary
      save={() =>
        onSave({
          ...(status !== action.status ? { status } : {}),
          ...(progress !== action.progress && status !== "done" ? { progress } : {}),
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        })
      }
      onSaved={onSaved}
      onCancel={onCancel}
    >
      <Field label={t("roadmap.status")}>
        <Select
          autoFocus
          value={status}
          onChange={(_, d) => setStatus(d.value as RoadmapStatus)}
          data-testid={`${testId}-status`}
        >
          {ROADMAP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`roadmap.status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("roadmap.progressPercent")}>
        <SpinButton
          value={progress}
          min={0}
          max={100}
          step={10}
          onChange={(_, d) =>
            setProgress(Math.max(0, Math.min(100, Math.round(d.value ?? Number(d.displayValue) ?? 0))))
          }
          data-testid={`${testId}-progress`}
        />
      </Field>
      <Field label={t("roadmap.comment")}>
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} data-testid={`${testId}-comment`} />
      </Field>
    </RoadmapEditForm>
  );
}

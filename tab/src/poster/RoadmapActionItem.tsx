import {
  Badge,
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  Select,
  SpinButton,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useLocale, useT } from "../i18n/I18nProvider";
import { ActionProgress, StatusBadge } from "./ActionProgress";
import { formatDay } from "./posterText";
import type { RoadmapActionDto } from "../../../bot/src/contracts/posterDtos";
import { ROADMAP_STATUSES, type RoadmapStatus } from "../../../bot/src/domain/roadmap";

const useStyles = makeStyles({
  card: { maxWidth: "820px", width: "100%" },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  updates: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PlanChange {
  readonly owner: string | null;
  readonly dueDate: string | null;
}

export interface ProgressChange {
  readonly status?: RoadmapStatus;
  readonly progress?: number;
  readonly comment?: string;
}

/** One roadmap action: read by everyone, edited by the manager and the coordinator. */
export function RoadmapActionItem({
  action,
  canEdit,
  busy,
  onPlan,
  onUpdate,
}: {
  action: RoadmapActionDto;
  canEdit: boolean;
  busy: boolean;
  onPlan: (change: PlanChange) => void;
  onUpdate: (change: ProgressChange) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  const [owner, setOwner] = useState(action.owner ?? "");
  const [dueDate, setDueDate] = useState(action.dueDate ?? "");
  const [status, setStatus] = useState<RoadmapStatus>(action.status);
  const [progress, setProgress] = useState(action.progress);
  const [comment, setComment] = useState("");
  const id = `action-${action.id}`;
  return (
    <Card className={styles.card} data-testid={id} aria-labelledby={`${id}-title`}>
      <div className={styles.head}>
        <h3 id={`${id}-title`} className={styles.title}>
          {action.title}
        </h3>
        <StatusBadge status={action.status} />
        {action.overdue && (
          <Badge appearance="filled" color="danger">
            {t("roadmap.overdue")}
          </Badge>
        )}
      </div>
      <Text>
        {t("roadmap.meta", {
          owner: action.owner ?? t("roadmap.noOwner"),
          due: action.dueDate ? formatDay(`${action.dueDate}T12:00:00Z`, locale) : t("roadmap.noDue"),
        })}
      </Text>
      <ActionProgress progress={action.progress} label={t("roadmap.progress")} />
      {action.updates.length > 0 && (
        <ul className={styles.updates} aria-label={t("roadmap.history")}>
          {[...action.updates].reverse().map((u) => (
            <li key={u.at}>
              {formatDay(u.at, locale)} — {u.status ? `${t(`roadmap.status.${u.status}`)} · ` : ""}
              {u.progress !== undefined ? `${u.progress} % · ` : ""}
              {u.comment}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <>
          <div className={styles.form}>
            <Field label={t("roadmap.owner")}>
              <Input value={owner} onChange={(_, d) => setOwner(d.value)} data-testid={`${id}-owner`} />
            </Field>
            <Field label={t("roadmap.due")}>
              <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} data-testid={`${id}-due`} />
            </Field>
            <Button
              disabled={busy}
              onClick={() => onPlan({ owner: owner.trim() || null, dueDate: dueDate || null })}
              data-testid={`${id}-save-plan`}
            >
              {t("roadmap.savePlan")}
            </Button>
          </div>
          <div className={styles.form}>
            <Field label={t("roadmap.status")}>
              <Select
                value={status}
                onChange={(_, d) => setStatus(d.value as RoadmapStatus)}
                data-testid={`${id}-status`}
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
                data-testid={`${id}-progress`}
              />
            </Field>
            <Field label={t("roadmap.comment")}>
              <Textarea value={comment} onChange={(_, d) => setComment(d.value)} data-testid={`${id}-comment`} />
            </Field>
            <Button
              appearance="primary"
              disabled={busy}
              data-testid={`${id}-save-update`}
              onClick={() => {
                onUpdate({
                  ...(status !== action.status ? { status } : {}),
                  ...(progress !== action.progress && status !== "done" ? { progress } : {}),
                  ...(comment.trim() ? { comment: comment.trim() } : {}),
                });
                setComment("");
              }}
            >
              {t("roadmap.addUpdate")}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}

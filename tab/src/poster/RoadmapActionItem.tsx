import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { useLocale, useT } from "../i18n/I18nProvider";
import { ActionBadge, ActionProgress, StatusBadge } from "./ActionProgress";
import { formatDay } from "./posterText";
import type { PlanChange } from "./RoadmapPlanForm";
import type { ProgressChange } from "./RoadmapProgressForm";
import type { RoadmapActionDto } from "../../../bot/src/contracts/posterDtos";
import { lazyPart, PartSlot } from "../components/LazyPart";

export type { PlanChange, ProgressChange };

// The forms are fetched when someone asks to edit (or points at the button): most people who open
// the roadmap only read it, and its form controls are most of what the page would otherwise load.
const RoadmapPlanForm = lazyPart(() => import("./RoadmapPlanForm").then((m) => m.RoadmapPlanForm));
const RoadmapProgressForm = lazyPart(() => import("./RoadmapProgressForm").then((m) => m.RoadmapProgressForm));

// Fluent's Card look (background, radius, shadow, padding) on a plain <article>: Card itself brought
// all of tabster (~19 KB gzip) for a keyboard focus mode this list does not use.
const useStyles = makeStyles({
  card: {
    boxSizing: "border-box",
    maxWidth: "820px",
    width: "100%",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    // Shadows vanish in Windows high contrast: a border keeps each action apart.
    "@media (forced-colors: active)": { outline: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  updates: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  edit: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  saved: { color: tokens.colorPaletteGreenForeground1 },
});

type Editing = "update" | "plan" | null;

/**
 * One roadmap action: read by everyone; the manager and the coordinator open its forms inline, one
 * at a time, with "Update" (status, progress, comment) and "Plan" (owner, due date).
 */
export function RoadmapActionItem({
  action,
  canEdit,
  onPlan,
  onUpdate,
}: {
  action: RoadmapActionDto;
  canEdit: boolean;
  /** Saves, then shows the saved roadmap; rejects with the server's refusal. */
  onPlan: (change: PlanChange) => Promise<void>;
  onUpdate: (change: ProgressChange) => Promise<void>;
}) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState(false);
  const updateButton = useRef<HTMLButtonElement>(null);
  const planButton = useRef<HTMLButtonElement>(null);
  const id = `action-${action.id}`;
  const formId = (kind: "update" | "plan") => `${id}-${kind}-form`;

  const open = (kind: "update" | "plan") => {
    setSaved(false);
    setEditing((current) => (current === kind ? null : kind));
  };
  /** Closes the form and gives the focus back to the button that opened it. */
  const close = (kind: "update" | "plan", done: boolean) => {
    setEditing(null);
    setSaved(done);
    (kind === "update" ? updateButton : planButton).current?.focus();
  };

  return (
    <article className={styles.card} data-testid={id} aria-labelledby={`${id}-title`}>
      <div className={styles.head}>
        <h3 id={`${id}-title`} className={styles.title}>
          {action.title}
        </h3>
        <StatusBadge status={action.status} />
        {action.overdue && <ActionBadge colour="danger">{t("roadmap.overdue")}</ActionBadge>}
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
          <div className={styles.edit}>
            <Button
              ref={updateButton}
              appearance={editing === "update" ? "secondary" : "primary"}
              aria-expanded={editing === "update"}
              {...(editing === "update" ? { "aria-controls": formId("update") } : {})}
              aria-describedby={`${id}-title`}
              onPointerEnter={() => void RoadmapProgressForm.preload()}
              onFocus={() => void RoadmapProgressForm.preload()}
              onClick={() => open("update")}
              data-testid={`${id}-open-update`}
            >
              {t("roadmap.edit.update")}
            </Button>
            <Button
              ref={planButton}
              aria-expanded={editing === "plan"}
              {...(editing === "plan" ? { "aria-controls": formId("plan") } : {})}
              aria-describedby={`${id}-title`}
              onPointerEnter={() => void RoadmapPlanForm.preload()}
              onFocus={() => void RoadmapPlanForm.preload()}
              onClick={() => open("plan")}
              data-testid={`${id}-open-plan`}
            >
              {t("roadmap.edit.plan")}
            </Button>
            {/* Always there, so that screen readers hear "Saved." when it fills in. */}
            <Text role="status" className={styles.saved}>
              {saved && <span data-testid={`${id}-saved`}>{t("roadmap.saved")}</span>}
            </Text>
          </div>
          {editing === "update" && (
            <PartSlot
              loading={t("roadmap.edit.loading")}
              retryLabel={t("roadmap.edit.retry")}
              part={RoadmapProgressForm}
            >
              <RoadmapProgressForm
                action={action}
                testId={id}
                onSave={onUpdate}
                onSaved={() => close("update", true)}
                onCancel={() => close("update", false)}
              />
            </PartSlot>
          )}
          {editing === "plan" && (
            <PartSlot loading={t("roadmap.edit.loading")} retryLabel={t("roadmap.edit.retry")} part={RoadmapPlanForm}>
              <RoadmapPlanForm
                action={action}
                testId={id}
                onSave={onPlan}
                onSaved={() => close("plan", true)}
                onCancel={() => close("plan", false)}
              />
            </PartSlot>
          )}
        </>
      )}
    </article>
  );
}

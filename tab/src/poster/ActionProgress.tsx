import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useT } from "../i18n/I18nProvider";
import type { RoadmapStatus } from "../../../bot/src/domain/roadmap";

// Plain elements in Fluent's tokens rather than Badge, Field and ProgressBar: the roadmap and the
// dashboard are read far more than edited, and those three (with Field's label) weighed ~9 KB gzip
// on their first load for a coloured word and a bar. The look is Fluent's tint badge and large bar.
const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    minHeight: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
  },
  informative: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3 },
  subtle: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground3 },
  brand: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ...shorthands.borderColor(tokens.colorTransparentStroke),
  },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  track: {
    height: "4px",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    // Windows high contrast: the track and its fill stay visible without background colours.
    "@media (forced-colors: active)": { outline: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  fill: {
    height: "100%",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: "width",
    transitionDuration: tokens.durationNormal,
    "@media (forced-colors: active)": { backgroundColor: "Highlight" },
    "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  },
  value: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});

const STATUS_COLOUR: Record<RoadmapStatus, "informative" | "brand" | "success" | "subtle"> = {
  toStart: "informative",
  inProgress: "brand",
  done: "success",
  dropped: "subtle",
};

/** A small coloured label, in the look of Fluent's badge. */
export function ActionBadge({
  colour,
  children,
}: {
  colour: "informative" | "brand" | "success" | "subtle" | "danger";
  children: string;
}) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.badge, styles[colour])}>{children}</span>;
}

export function StatusBadge({ status }: { status: RoadmapStatus }) {
  const t = useT();
  return <ActionBadge colour={STATUS_COLOUR[status]}>{t(`roadmap.status.${status}`)}</ActionBadge>;
}

/** A labelled progress bar (the percentage is also written, for those who do not see the bar). */
export function ActionProgress({ progress, label }: { progress: number; label: string }) {
  const styles = useStyles();
  const id = useId();
  const value = Math.max(0, Math.min(100, progress));
  return (
    <div className={styles.field}>
      <span id={id} className={styles.label}>
        {label}
      </span>
      <div
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} %`}
        className={styles.track}
      >
        <div className={styles.fill} style={{ width: `${value}%` }} />
      </div>
      <span className={styles.value} aria-hidden="true">
        {value} %
      </span>
    </div>
  );
}

import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DiamondDismissFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { HTMLAttributes, ReactNode } from "react";

export type NoteIntent = "info" | "success" | "warning" | "error";

// Fluent's MessageBar look (its colours, icons, radius and spacing) on plain elements: its component
// and the motion library it animates with weighed 4 KB gzip on first loads, for bars that need
// neither dismissal nor animation. Colours come from the theme, so dark and high contrast follow.
const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid`,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    minWidth: 0,
    overflowWrap: "anywhere",
    "@media (forced-colors: active)": { ...shorthands.borderColor("CanvasText") },
  },
  icon: { flexShrink: 0, fontSize: "16px", height: tokens.lineHeightBase300, display: "flex", alignItems: "center" },
  body: { minWidth: 0 },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
  infoIcon: { color: tokens.colorNeutralForeground3 },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  successIcon: { color: tokens.colorPaletteGreenForeground3 },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground3 },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  errorIcon: { color: tokens.colorPaletteRedForeground3 },
});

const icons = {
  info: InfoFilled,
  success: CheckmarkCircleFilled,
  warning: WarningFilled,
  error: DiamondDismissFilled,
} as const;

/** A message in a bar of its intent's colours, with its icon (hidden from screen readers: the text says it). */
export function Note({
  intent,
  children,
  className,
  ...rest
}: { intent: NoteIntent; children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  const styles = useStyles();
  const Icon = icons[intent];
  return (
    <div {...rest} className={mergeClasses(styles.root, styles[intent], className)}>
      <span aria-hidden="true" className={mergeClasses(styles.icon, styles[`${intent}Icon`])}>
        <Icon />
      </span>
      <div className={styles.body}>{children}</div>
    </div>
  );
}

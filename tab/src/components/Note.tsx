import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
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

/**
 * Each intent's mark in 16 px, one stroke in the text's colour (so forced colours and every theme
 * keep it visible): a circled i, a circled check, a triangle with !, a circled cross. Four paths
 * instead of Fluent's icon package (1.5 KB gzip with its helpers).
 */
const marks: Record<NoteIntent, string> = {
  info: "M8 7.2v4M8 4.8v.1",
  success: "M5 8.3l2 2 4-4.2",
  warning: "M8 6.2v3.3M8 11.6v.1",
  error: "M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4",
};
/** The outline every mark sits in: a circle, a triangle for a warning. */
const outline = (intent: NoteIntent) =>
  intent === "warning" ? <path d="M8 1.8l6.6 11.7H1.4z" strokeLinejoin="round" /> : <circle cx="8" cy="8" r="6.8" />;

/** A message in a bar of its intent's colours, with its icon (hidden from screen readers: the text says it). */
export function Note({
  intent,
  children,
  className,
  ...rest
}: { intent: NoteIntent; children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  const styles = useStyles();
  return (
    <div {...rest} className={mergeClasses(styles.root, styles[intent], className)}>
      <span aria-hidden="true" className={mergeClasses(styles.icon, styles[`${intent}Icon`])}>
        <svg width="16" height="16" viewBox="0 0 16 16" focusable="false" fill="none" stroke="currentColor">
          {outline(intent)}
          <path d={marks[intent]} strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      <div className={styles.body}>{children}</div>
    </div>
  );
}

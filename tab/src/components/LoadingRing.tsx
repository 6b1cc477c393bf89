import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

// Fluent's Spinner in a few lines of CSS: pages show one while they read and while a part of them
// comes, and Spinner's package (with the Label it uses) weighed ~3.6 KB gzip on a first load.
const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  ring: {
    flexShrink: 0,
    width: "20px",
    height: "20px",
    boxSizing: "border-box",
    borderRadius: "50%",
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
    "@media (forced-colors: active)": { ...shorthands.borderColor("Highlight", "ButtonFace", "ButtonFace") },
  },
});

/** A turning ring and its label, announced politely (role status) while something loads. */
export function LoadingRing({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.root}>
      <span className={styles.ring} aria-hidden="true" />
      {label}
    </div>
  );
}

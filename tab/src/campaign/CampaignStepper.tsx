import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CampaignProgressDto } from "../../../bot/src/contracts/campaignProgress";
import { useT } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  step: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  current: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  done: { color: tokens.colorNeutralForeground2 },
  status: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  mark: {
    flexShrink: 0,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "28px",
    height: "28px",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  markDone: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    border: "none",
  },
  markCurrent: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: "none",
  },
});

/**
 * The method's ten steps, in order: done ones checked, the current one marked for screen readers
 * with aria-current="step", the rest to come. Wraps into a grid so it fits a phone as well as a wide tab.
 */
export function CampaignStepper({ steps }: { steps: CampaignProgressDto["steps"] }) {
  const t = useT();
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label={t("campaign.steps.label")} data-testid="campaign-stepper">
      {steps.map((s, i) => (
        <li
          key={s.state}
          className={mergeClasses(
            styles.step,
            s.status === "current" && styles.current,
            s.status === "done" && styles.done,
          )}
          aria-current={s.status === "current" ? "step" : undefined}
          data-state={s.state}
          data-status={s.status}
        >
          <span
            className={mergeClasses(
              styles.mark,
              s.status === "done" && styles.markDone,
              s.status === "current" && styles.markCurrent,
            )}
            aria-hidden="true"
          >
            {s.status === "done" ? "✓" : i + 1}
          </span>
          <span>
            {t(`state.${s.state}`)}
            <span className={styles.status}>
              {t(
                s.status === "done"
                  ? "campaign.steps.done"
                  : s.status === "current"
                    ? "campaign.steps.current"
                    : "campaign.steps.upcoming",
              )}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

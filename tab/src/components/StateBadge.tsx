import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import type { CampaignState } from "../../../bot/src/domain/campaign";

type BadgeColor = NonNullable<BadgeProps["color"]>;

// Colour groups the lifecycle into phases; the text carries the meaning (never colour alone).
// Every state of the lifecycle has one; a state a newer server sends is shown as unknown.
const stateColors: Record<CampaignState, BadgeColor> = {
  draft: "informative",
  recruitingAgents: "informative",
  workshop1: "brand",
  recruitingUsagers: "informative",
  workshop2: "brand",
  mixedPanel: "informative",
  workshop3: "brand",
  posterValidation: "warning",
  steeringCommittee: "warning",
  roadmapInProgress: "success",
  closed: "subtle",
};

const useStyles = makeStyles({
  // A badge never wraps: long state names stay on one line and the card title wraps instead.
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

function isKnown(state: string): state is CampaignState {
  return Object.prototype.hasOwnProperty.call(stateColors, state);
}

export function StateBadge({ state }: { state: string }) {
  const t = useT();
  const styles = useStyles();
  return (
    <Badge
      className={styles.badge}
      appearance="tint"
      shape="rounded"
      size="large"
      color={isKnown(state) ? stateColors[state] : "informative"}
      data-state={state}
    >
      {t(isKnown(state) ? `state.${state}` : "state.unknown")}
    </Badge>
  );
}

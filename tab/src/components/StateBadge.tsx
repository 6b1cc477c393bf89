import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/fr";

type BadgeColor = NonNullable<BadgeProps["color"]>;

// Colour groups the lifecycle into phases; the text carries the meaning (never colour alone).
const stateColors: Record<string, BadgeColor> = {
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

function stateKey(state: string): MessageKey {
  const key = `state.${state}`;
  return state in stateColors ? (key as MessageKey) : "state.unknown";
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
      color={stateColors[state] ?? "informative"}
      data-state={state}
    >
      {t(stateKey(state))}
    </Badge>
  );
}

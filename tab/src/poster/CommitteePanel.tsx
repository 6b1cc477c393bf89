import { commitmentText } from "../../../bot/src/domain/commitmentText";
import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { CommitteeViewDto } from "../../../bot/src/contracts/posterDtos";
import {
  DECISION_KINDS,
  DECISION_LEVELS,
  type DecisionKind,
  type DecisionLevel,
} from "../../../bot/src/domain/committee";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    maxWidth: "820px",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalM,
  },
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
});

export interface DecisionInput {
  readonly commitmentId: string;
  readonly decision: DecisionKind;
  readonly level: DecisionLevel;
  readonly reason?: string;
  readonly adaptedText?: string;
}

function DecisionForm({
  commitment,
  busy,
  onDecide,
}: {
  commitment: CommitteeViewDto["commitments"][number];
  busy: boolean;
  onDecide: (d: DecisionInput) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const [decision, setDecision] = useState<DecisionKind>(commitment.decision?.decision ?? "adopted");
  const [level, setLevel] = useState<DecisionLevel>(commitment.decision?.level ?? "service");
  const [reason, setReason] = useState(commitment.decision?.reason ?? "");
  const [adapted, setAdapted] = useState(commitment.decision?.adaptedText ?? "");
  return (
    <div className={styles.form}>
      <Field label={t("roadmap.committee.decision")}>
        <Select
          value={decision}
          onChange={(_, d) => setDecision(d.value as DecisionKind)}
          data-testid={`decision-${commitment.id}`}
        >
          {DECISION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`roadmap.committee.kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("roadmap.committee.level")}>
        <Select value={level} onChange={(_, d) => setLevel(d.value as DecisionLevel)}>
          {DECISION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`roadmap.committee.level.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("roadmap.committee.reason")}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} data-testid={`reason-${commitment.id}`} />
      </Field>
      {decision === "adapted" && (
        <Field label={t("roadmap.committee.adaptedText")}>
          <Input value={adapted} onChange={(_, d) => setAdapted(d.value)} data-testid={`adapted-${commitment.id}`} />
        </Field>
      )}
      <Button
        disabled={busy}
        data-testid={`decide-${commitment.id}`}
        onClick={() =>
          onDecide({
            commitmentId: commitment.id,
            decision,
            level,
            ...(reason.trim() ? { reason: reason.trim() } : {}),
            ...(decision === "adapted" && adapted.trim() ? { adaptedText: adapted.trim() } : {}),
          })
        }
      >
        {t("roadmap.committee.record")}
      </Button>
    </div>
  );
}

/** The steering committee's decision on each commitment, recorded by the coordinator. */
export function CommitteePanel({
  view,
  busy,
  onDecide,
}: {
  view: CommitteeViewDto;
  busy: boolean;
  onDecide: (d: DecisionInput) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="committee-title">
      <h2 id="committee-title">{t("roadmap.committee.title")}</h2>
      <ul className={styles.list}>
        {view.commitments.map((c) => (
          <li key={c.id} className={styles.item}>
            <Text weight="semibold">{commitmentText(c.party, c.text, locale)}</Text>
            <Text>
              {c.decision
                ? `${t(`roadmap.committee.kind.${c.decision.decision}`)} (${t(`roadmap.committee.level.${c.decision.level}`)})${c.decision.reason ? ` — ${c.decision.reason}` : ""}`
                : t("roadmap.committee.undecided")}
            </Text>
            {view.canDecide && <DecisionForm commitment={c} busy={busy} onDecide={onDecide} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { useLocale, useT } from "../i18n/I18nProvider";
import { RoadmapEditForm } from "./RoadmapEditForm";
import { commitmentText } from "../../../bot/src/domain/commitmentText";
import type { CommitteeViewDto } from "../../../bot/src/contracts/posterDtos";
import {
  DECISION_KINDS,
  DECISION_LEVELS,
  type DecisionKind,
  type DecisionLevel,
} from "../../../bot/src/domain/committee";

export interface DecisionInput {
  readonly commitmentId: string;
  readonly decision: DecisionKind;
  readonly level: DecisionLevel;
  readonly reason?: string;
  readonly adaptedText?: string;
}

/** The committee's decision on one commitment; opened from its "Decide" button, in a chunk of its own. */
export function CommitteeDecisionForm({
  commitment,
  onSave,
  onSaved,
  onCancel,
}: {
  commitment: CommitteeViewDto["commitments"][number];
  onSave: (d: DecisionInput) => Promise<void>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [decision, setDecision] = useState<DecisionKind>(commitment.decision?.decision ?? "adopted");
  const [level, setLevel] = useState<DecisionLevel>(commitment.decision?.level ?? "service");
  const [reason, setReason] = useState(commitment.decision?.reason ?? "");
  const [adapted, setAdapted] = useState(commitment.decision?.adaptedText ?? "");
  return (
    <RoadmapEditForm
      id={`decision-form-${commitment.id}`}
      label={t("roadmap.committee.formTitle", { text: commitmentText(commitment.party, commitment.text, locale) })}
      saveLabel={t("roadmap.committee.record")}
      saveTestId={`decide-${commitment.id}`}
      primary
      save={() =>
        onSave({
          commitmentId: commitment.id,
          decision,
          level,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...(decision === "adapted" && adapted.trim() ? { adaptedText: adapted.trim() } : {}),
        })
      }
      onSaved={onSaved}
      onCancel={onCancel}
    >
      <Field label={t("roadmap.committee.decision")}>
        <Select
          autoFocus
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
    </RoadmapEditForm>
  );
}

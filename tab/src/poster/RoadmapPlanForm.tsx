import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../i18n/I18nProvider";
import { RoadmapEditForm, type ActionFormProps } from "./RoadmapEditForm";

export interface PlanChange {
  readonly owner: string | null;
  readonly dueDate: string | null;
}

/** Who carries an action and by when; opened from the action's "Plan" button, in a chunk of its own. */
export function RoadmapPlanForm({ action, testId, onSave, onSaved, onCancel }: ActionFormProps<PlanChange>) {
  const t = useT();
  const [owner, setOwner] = useState(action.owner ?? "");
  const [dueDate, setDueDate] = useState(action.dueDate ?? "");
  return (
    <RoadmapEditForm
      id={`${testId}-plan-form`}
      label={t("roadmap.edit.planTitle", { title: action.title })}
      saveLabel={t("roadmap.savePlan")}
      saveTestId={`${testId}-save-plan`}
      save={() => onSave({ owner: owner.trim() || null, dueDate: dueDate || null })}
      onSaved={onSaved}
      onCancel={onCancel}
    >
      <Field label={t("roadmap.owner")}>
        <Input autoFocus value={owner} onChange={(_, d) => setOwner(d.value)} data-testid={`${testId}-owner`} />
      </Field>
      <Field label={t("roadmap.due")}>
        <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} data-testid={`${testId}-due`} />
      </Field>
    </RoadmapEditForm>
  );
}

import { Checkbox } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import { NumberField } from "./NumberField";
import type { Draft, DraftField, FieldError, NumberField as NumberFieldName } from "./settingsDraft";
import type { SettingsLimits } from "../../../bot/src/contracts/workshopApi";
import type { VoteSettingsKey } from "../../../bot/src/domain/workshopSettings";

export interface VoteFieldsetProps {
  readonly vote: VoteSettingsKey;
  readonly draft: Draft;
  readonly limits: SettingsLimits;
  readonly errors: Partial<Record<DraftField, FieldError>>;
  readonly readOnly: boolean;
  readonly onNumber: (field: NumberFieldName, value: string) => void;
  /** Only the actions vote can be switched off. */
  readonly onEnabled?: (enabled: boolean) => void;
}

/** One dot vote: how many dots, how many on one item, how many items kept. */
export function VoteFieldset({ vote, draft, limits, errors, readOnly, onNumber, onEnabled }: VoteFieldsetProps) {
  const t = useT();
  const budget = Number(draft.numbers[`${vote}.budget`]);
  const perItemMax = Number.isInteger(budget) && budget >= 1 ? budget : limits.budget.max;
  return (
    <fieldset data-testid={`vote-${vote}`}>
      <legend>{t(`settings.vote.${vote}`)}</legend>
      {onEnabled && (
        <Checkbox
          label={t("settings.vote.enabled")}
          checked={draft.actionsVoteEnabled}
          disabled={readOnly}
          onChange={(_e, d) => onEnabled(d.checked === true)}
          data-testid="field-actionsVote-enabled"
        />
      )}
      <NumberField
        field={`${vote}.budget`}
        label={t("settings.vote.budget")}
        value={draft.numbers[`${vote}.budget`]}
        range={limits.budget}
        error={errors[`${vote}.budget`]}
        readOnly={readOnly}
        onChange={onNumber}
      />
      <NumberField
        field={`${vote}.maxPerItem`}
        label={t("settings.vote.maxPerItem")}
        value={draft.numbers[`${vote}.maxPerItem`]}
        range={{ min: 1, max: perItemMax }}
        error={errors[`${vote}.maxPerItem`]}
        readOnly={readOnly}
        onChange={onNumber}
      />
      <NumberField
        field={`${vote}.keep`}
        label={t("settings.vote.keep")}
        value={draft.numbers[`${vote}.keep`]}
        range={limits.keep}
        error={errors[`${vote}.keep`]}
        readOnly={readOnly}
        onChange={onNumber}
      />
    </fieldset>
  );
}

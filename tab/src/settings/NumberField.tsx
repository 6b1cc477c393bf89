import { Field, Input } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import type { FieldError, NumberField as NumberFieldName } from "./settingsDraft";

export interface NumberFieldProps {
  readonly field: NumberFieldName;
  readonly label: string;
  readonly value: string;
  readonly range: { readonly min: number; readonly max: number };
  readonly error: FieldError | undefined;
  readonly readOnly: boolean;
  readonly onChange: (field: NumberFieldName, value: string) => void;
}

/** A whole number with its allowed range as the hint; what is typed stays as typed until saved. */
export function NumberField({ field, label, value, range, error, readOnly, onChange }: NumberFieldProps) {
  const t = useT();
  return (
    <Field
      label={label}
      hint={t("settings.range", { min: String(range.min), max: String(range.max) })}
      validationState={error ? "error" : "none"}
      {...(error ? { validationMessage: t(error.key, error.params) } : {})}
    >
      <Input
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        step={1}
        value={value}
        readOnly={readOnly}
        style={{ maxWidth: "12rem" }}
        onChange={(_e, d) => onChange(field, d.value)}
        data-testid={`field-${field.replace(/\./g, "-")}`}
      />
    </Field>
  );
}

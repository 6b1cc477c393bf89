import { Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import type { FieldError, TextField } from "./settingsDraft";

const useStyles = makeStyles({
  group: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

export interface LocalisedTextFieldsProps {
  /** The text's path without its language, e.g. "prompts.ideal". */
  readonly path: string;
  readonly label: string;
  readonly texts: Readonly<Record<TextField, string>>;
  readonly errors: Partial<Record<TextField, FieldError>>;
  readonly readOnly: boolean;
  readonly multiline?: boolean;
  readonly onChange: (field: TextField, value: string) => void;
}

/** One text in both languages, side by side when there is room: a group named by the text. */
export function LocalisedTextFields({
  path,
  label,
  texts,
  errors,
  readOnly,
  multiline = false,
  onChange,
}: LocalisedTextFieldsProps) {
  const t = useT();
  const styles = useStyles();
  const id = `field-${path.replace(/\./g, "-")}`;
  return (
    <div role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className={styles.legend}>
        {label}
      </p>
      <div className={styles.group}>
        {(["fr", "en"] as const).map((lang) => {
          const field = `${path}.${lang}` as TextField;
          const error = errors[field];
          return (
            <Field
              key={lang}
              label={t(lang === "fr" ? "settings.lang.fr" : "settings.lang.en")}
              validationState={error ? "error" : "none"}
              {...(error ? { validationMessage: t(error.key, error.params) } : {})}
            >
              {multiline ? (
                <Textarea
                  lang={lang}
                  value={texts[field]}
                  readOnly={readOnly}
                  resize="vertical"
                  rows={3}
                  onChange={(_e, d) => onChange(field, d.value)}
                  data-testid={`${id}-${lang}`}
                />
              ) : (
                <Input
                  lang={lang}
                  value={texts[field]}
                  readOnly={readOnly}
                  onChange={(_e, d) => onChange(field, d.value)}
                  data-testid={`${id}-${lang}`}
                />
              )}
            </Field>
          );
        })}
      </div>
    </div>
  );
}

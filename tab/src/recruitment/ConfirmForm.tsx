import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ConfirmationViewDto, UsagerAnswerBody } from "../../../bot/src/contracts/recruitmentDtos";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";

const FIELDS = ["kind", "ageBand", "sex", "frequency"] as const;
type FieldName = (typeof FIELDS)[number];

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalL, maxWidth: "36rem" },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** Accept (bands + consent) or decline. Large touch targets, one column: it is used on phones. */
export function ConfirmForm({
  view,
  onAnswer,
  error,
}: {
  view: ConfirmationViewDto;
  onAnswer: (answer: UsagerAnswerBody) => void;
  error?: string;
}) {
  const styles = useStyles();
  const t = useT();
  const initial = { ...view.hint, ...(view.profile ?? {}) };
  const [values, setValues] = useState<Partial<Record<FieldName, string>>>(initial);
  const [consent, setConsent] = useState(false);
  const label = (field: FieldName, value: string) =>
    t(
      (field === "kind" || field === "frequency"
        ? `confirm.value.${field}.${value}`
        : `recruitment.value.${field}.${value}`) as MessageKey,
    );

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        onAnswer({ answer: "accept", ...values, consent });
      }}
    >
      <p>{t("confirm.consentText")}</p>
      {FIELDS.map((field) => (
        <Field key={field} label={t(`confirm.${field}` as MessageKey)} required>
          <RadioGroup
            value={values[field] ?? ""}
            onChange={(_e, data) => setValues((v) => ({ ...v, [field]: data.value }))}
          >
            {view.choices[field].map((value) => (
              <Radio key={value} value={value} label={label(field, value)} />
            ))}
          </RadioGroup>
        </Field>
      ))}
      <Checkbox
        checked={consent}
        onChange={(_e, data) => setConsent(data.checked === true)}
        label={t("confirm.consent")}
      />
      {error ? (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" size="large">
          {t("confirm.accept")}
        </Button>
        <Button type="button" size="large" onClick={() => onAnswer({ answer: "decline" })}>
          {t("confirm.decline")}
        </Button>
      </div>
    </form>
  );
}

import { useId, useState } from "react";
import type { ConfirmationViewDto, UsagerAnswerBody } from "../../../../bot/src/contracts/recruitmentDtos";
import { usePublicT, type PublicKey } from "../../i18n/I18nProvider";
import { Alert, Button } from "../ui";

const FIELDS = ["kind", "ageBand", "sex", "frequency"] as const;
type FieldName = (typeof FIELDS)[number];
// Age and sex read the same to an usager as to the staff (shared labels); kind and frequency are
// worded for the usager (« un particulier », « pour la première fois »).
const BANDS_SAID_AS_STAFF: ReadonlySet<FieldName> = new Set(["ageBand", "sex"]);

/**
 * Accept (bands + consent) or decline. Large touch targets, one column: it is used on phones. No
 * field is `required` for the browser: the server checks the answer and says what is missing, in words.
 */
export function ConfirmForm({
  view,
  onAnswer,
  error,
}: {
  view: ConfirmationViewDto;
  onAnswer: (answer: UsagerAnswerBody) => void;
  error?: string;
}) {
  const t = usePublicT();
  const [values, setValues] = useState<Partial<Record<FieldName, string>>>(() => ({
    ...view.hint,
    ...(view.profile ?? {}),
  }));
  const [consent, setConsent] = useState(false);
  const consentId = useId();
  return (
    <form
      className="ve-confirm-form"
      onSubmit={(e) => {
        e.preventDefault();
        onAnswer({ answer: "accept", ...values, consent });
      }}
    >
      <p>{t("confirm.consentText")}</p>
      {FIELDS.map((field) => (
        <fieldset key={field} className="ve-choice-group" role="radiogroup" aria-required="true">
          <legend>
            {t(`confirm.${field}`)}
            <span aria-hidden="true" className="ve-required">
              {" *"}
            </span>
          </legend>
          {view.choices[field].map((value) => (
            <label key={value} className="ve-choice">
              <input
                type="radio"
                name={field}
                value={value}
                checked={values[field] === value}
                onChange={() => setValues((v) => ({ ...v, [field]: value }))}
              />
              <span>
                {t(
                  `${BANDS_SAID_AS_STAFF.has(field) ? "recruitment" : "confirm"}.value.${field}.${value}` as PublicKey,
                )}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="ve-choice ve-consent">
        <input id={consentId} type="checkbox" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
        <label htmlFor={consentId}>{t("confirm.consent")}</label>
      </div>
      {error ? <Alert intent="error">{error}</Alert> : null}
      <div className="ve-confirm-actions">
        <Button appearance="primary" type="submit" className="ve-button-large">
          {t("confirm.accept")}
        </Button>
        <Button className="ve-button-large" onClick={() => onAnswer({ answer: "decline" })}>
          {t("confirm.decline")}
        </Button>
      </div>
    </form>
  );
}

import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AGE_BANDS, FREQUENCIES, SEXES, USAGER_KINDS } from "../../../bot/src/domain/profiles";
import { useApi } from "../api/ApiProvider";
import type { MessageKey } from "../i18n/fr";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { refusalNotice } from "./refusalNotice";

/** The usager's bands, in display order, from the domain's lists. */
const USAGER_CHOICES = { kind: USAGER_KINDS, ageBand: AGE_BANDS, sex: SEXES, frequency: FREQUENCIES } as const;
type UsagerField = keyof typeof USAGER_CHOICES;
const FIELDS = Object.keys(USAGER_CHOICES) as UsagerField[];
type Values = { name: string } & Record<UsagerField, string>;
const EMPTY: Values = { name: "", kind: "", ageBand: "", sex: "", frequency: "" };

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "32rem" },
});

/**
 * In-person recruitment: the coordinator types what the usager said. Missing answers are caught
 * here; anything the server refuses is shown with its message and the form keeps what was typed.
 */
export function UsagerRegisterForm({ campaignId, onRegistered }: { campaignId: string; onRegistered: () => void }) {
  const styles = useStyles();
  const t = useT();
  const api = useApi();
  const [values, setValues] = useState<Values>(EMPTY);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const missing = (field: keyof Values) => tried && values[field].trim() === "";
  const label = (field: UsagerField, value: string) => t(`recruitment.value.${field}.${value}` as MessageKey);

  const submit = async () => {
    setTried(true);
    setNotice(undefined);
    if ((Object.keys(values) as (keyof Values)[]).some((f) => values[f].trim() === "")) return;
    setBusy(true);
    try {
      await api.call(
        "POST /api/campaigns/:campaignId/usagers/register",
        { campaignId },
        { ...values, name: values.name.trim() },
      );
      setNotice({ intent: "success", text: t("usagers.register.done", { name: values.name.trim() }) });
      setValues(EMPTY);
      setTried(false);
      onRegistered();
    } catch (error) {
      setNotice(refusalNotice(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="usager-register-title">
      <h3 id="usager-register-title">{t("usagers.register.title")}</h3>
      <p>{t("usagers.register.intro")}</p>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field
          label={t("usagers.register.name")}
          required
          {...(missing("name") ? { validationMessage: t("usagers.register.required") } : {})}
        >
          <Input
            value={values.name}
            maxLength={80}
            onChange={(_e, data) => setValues((v) => ({ ...v, name: data.value }))}
          />
        </Field>
        {FIELDS.map((field) => (
          <Field
            key={field}
            label={t(`usagers.register.${field}` as MessageKey)}
            required
            {...(missing(field) ? { validationMessage: t("usagers.register.required") } : {})}
          >
            <Select value={values[field]} onChange={(_e, data) => setValues((v) => ({ ...v, [field]: data.value }))}>
              <option value="">{t("usagers.register.choose")}</option>
              {USAGER_CHOICES[field].map((value) => (
                <option key={value} value={value}>
                  {label(field, value)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <NoticeBar notice={notice} />
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            {busy ? t("usagers.register.saving") : t("usagers.register.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}

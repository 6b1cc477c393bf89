import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import type { CampaignForEditDto } from "../../../bot/src/contracts/recruitmentDtos";
import type { Approach } from "../../../bot/src/domain/campaign";
import { CAMPAIGN_NAME_MAX, PANEL_SIZE_MAX, PANEL_SIZE_MIN } from "../../../bot/src/domain/createCampaign";
import { ApiError } from "../api/ApiError";
import { useApi } from "../api/ApiProvider";
import { errorText } from "../components/errorText";
import { useLocale, useT } from "../i18n/I18nProvider";
import { useRouter } from "../router/Router";
import { paths } from "../router/routes";
import { CampaignFacts } from "./CampaignFacts";
import { MakeupEditor } from "./MakeupEditor";
import {
  blankValues,
  createBody,
  fieldOfCode,
  patchBody,
  valuesFromCampaign,
  type Built,
  type FieldName,
  type SetupValues,
} from "./setupForm";
import { WorkshopDates } from "./WorkshopDates";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    maxWidth: "720px",
    "& fieldset": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: tokens.spacingHorizontalM,
      display: "flex",
      flexDirection: "column",
      rowGap: tokens.spacingVerticalS,
    },
  },
});

type Mode = { readonly kind: "create" } | { readonly kind: "edit"; readonly view: CampaignForEditDto };
type Errors = Partial<Record<FieldName, string>>;

export function CampaignSetupForm({ mode }: { mode: Mode }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const api = useApi();
  const { navigate } = useRouter();
  // One id per form: a double click or a retry after a lost answer stores one campaign.
  const [id] = useState(() => (mode.kind === "edit" ? mode.view.campaign.id : crypto.randomUUID()));
  const [initial] = useState(() => (mode.kind === "edit" ? valuesFromCampaign(mode.view) : blankValues()));
  const [values, setValues] = useState<SetupValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [badRows, setBadRows] = useState<readonly number[]>([]);
  const [failure, setFailure] = useState<{ readonly text: string; readonly causes: readonly string[] }>();
  const [saving, setSaving] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  const change = (next: Partial<SetupValues>) => setValues((v) => ({ ...v, ...next }));
  const show = (message: string, field?: FieldName, rows: readonly number[] = [], causes: readonly string[] = []) => {
    setFailure({ text: message, causes });
    setErrors(field ? { [field]: message } : {});
    setBadRows(rows);
    // Next frame: the message bar exists then; focus tells keyboard and screen reader users at once.
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  const localError = (built: Extract<Built<unknown>, { ok: false }>) => {
    if (built.field === "makeup") {
      if (built.badRows && built.badRows.length > 0)
        return show(t("setup.makeup.badCount", { rows: built.badRows.join(", ") }), "makeup", built.badRows);
      return show(t(values.makeupMode === "csv" ? "setup.makeup.noFile" : "setup.makeup.typed.empty"), "makeup");
    }
    show(t("setup.meeting.invalid"), built.field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const created = mode.kind === "create" ? createBody(id, values, locale) : undefined;
    const patched = mode.kind === "edit" ? patchBody(values, initial) : undefined;
    const refused = [created, patched].find((b) => b !== undefined && !b.ok);
    if (refused && !refused.ok) return localError(refused);
    setSaving(true);
    try {
      if (created?.ok) await api.call("POST /api/campaigns", {}, created.body);
      else if (patched?.ok) await api.call("PATCH /api/campaigns/:campaignId", { campaignId: id }, patched.body);
      navigate(paths.campaignPage("recruitment", id));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
      const causes = apiError.causes.map((c) => c.message);
      show(errorText(apiError, t), fieldOfCode(apiError.code), [], causes);
    } finally {
      setSaving(false);
    }
  };

  const fieldProps = (name: FieldName) => ({
    validationState: errors[name] ? ("error" as const) : ("none" as const),
    ...(errors[name] ? { validationMessage: errors[name] } : {}),
  });

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-describedby={failure ? "setup-failure" : undefined}
    >
      {failure && (
        <MessageBar
          intent="error"
          layout="multiline"
          ref={alertRef}
          tabIndex={-1}
          id="setup-failure"
          data-testid="setup-error"
        >
          <MessageBarBody>
            <MessageBarTitle>{t("setup.error.title")}</MessageBarTitle>
            {failure.text}
            {failure.causes.length > 0 && (
              <ul>
                {failure.causes.map((cause) => (
                  <li key={cause}>{cause}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text as="p">{t("setup.required")}</Text>
      {mode.kind === "create" ? (
        <fieldset>
          <legend>{t("setup.identity.legend")}</legend>
          <Field label={t("setup.name")} required hint={t("setup.name.hint")} {...fieldProps("name")}>
            <Input value={values.name} onChange={(_e, d) => change({ name: d.value })} maxLength={CAMPAIGN_NAME_MAX} />
          </Field>
          <Field label={t("setup.approach")} required {...fieldProps("approach")}>
            <RadioGroup value={values.approach} onChange={(_e, d) => change({ approach: d.value as Approach })}>
              <Radio value="thematic" label={t("setup.approach.thematic")} />
              <Radio value="territorial" label={t("setup.approach.territorial")} />
            </RadioGroup>
          </Field>
          {values.approach === "territorial" && (
            <Field label={t("setup.site")} required hint={t("setup.site.hint")} {...fieldProps("site")}>
              <Input value={values.site} onChange={(_e, d) => change({ site: d.value })} />
            </Field>
          )}
          <Field
            label={t("setup.services")}
            required
            hint={t(values.approach === "territorial" ? "setup.services.hintMany" : "setup.services.hintOne")}
            {...fieldProps("services")}
          >
            <Input value={values.services} onChange={(_e, d) => change({ services: d.value })} />
          </Field>
          <Field label={t("setup.panelSize")} hint={t("setup.panelSize.hint")} {...fieldProps("panelSize")}>
            <Input
              type="number"
              min={PANEL_SIZE_MIN}
              max={PANEL_SIZE_MAX}
              step={1}
              value={values.panelSize}
              onChange={(_e, d) => change({ panelSize: d.value })}
            />
          </Field>
        </fieldset>
      ) : (
        <CampaignFacts values={values} />
      )}
      <WorkshopDates values={values} onChange={change} errors={errors} withMeetingLinks={mode.kind === "edit"} />
      <MakeupEditor
        values={values}
        onChange={change}
        keepLabel={mode.kind === "create" ? "setup.makeup.mode.later" : "setup.makeup.mode.keep"}
        {...(errors.makeup ? { error: errors.makeup } : {})}
        badRows={badRows}
      />
      <div>
        <Button appearance="primary" type="submit" disabledFocusable={saving} data-testid="setup-submit">
          {t(saving ? "setup.saving" : mode.kind === "create" ? "setup.create" : "setup.save")}
        </Button>
      </div>
    </form>
  );
}

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
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import { useLocale, useT } from "../i18n/I18nProvider";
import { useRecruitmentApi } from "../recruitment/useRecruitmentApi";
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
import type { Approach, CampaignForEdit, SavedCampaign } from "./setupTypes";
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

type Mode = { readonly kind: "create" } | { readonly kind: "edit"; readonly view: CampaignForEdit };
type Errors = Partial<Record<FieldName, string>>;

export function CampaignSetupForm({ mode }: { mode: Mode }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const api = useRecruitmentApi();
  const { navigate } = useRouter();
  // One id per form: a double click or a retry after a lost answer stores one campaign.
  const [id] = useState(() => (mode.kind === "edit" ? mode.view.campaign.id : crypto.randomUUID()));
  const [initial] = useState(() => (mode.kind === "edit" ? valuesFromCampaign(mode.view) : blankValues()));
  const [values, setValues] = useState<SetupValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [badRows, setBadRows] = useState<readonly number[]>([]);
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  const change = (next: Partial<SetupValues>) => setValues((v) => ({ ...v, ...next }));
  const show = (message: string, field?: FieldName, rows: readonly number[] = []) => {
    setFailure(message);
    setErrors(field ? { [field]: message } : {});
    setBadRows(rows);
    // Next frame: the message bar exists then; focus tells keyboard and screen reader users at once.
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  const localError = (built: Extract<Built, { ok: false }>) => {
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
    const built = mode.kind === "create" ? createBody(id, values, locale) : patchBody(values, initial);
    if (!built.ok) return localError(built);
    setSaving(true);
    try {
      const path = mode.kind === "create" ? "/api/campaigns" : `/api/campaigns/${encodeURIComponent(id)}`;
      await api.json<SavedCampaign>(mode.kind === "create" ? "POST" : "PATCH", path, built.body);
      navigate(paths.campaignPage("recruitment", id));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
      show(errorText(apiError, t), fieldOfCode(apiError.code));
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
            {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text as="p">{t("setup.required")}</Text>
      {mode.kind === "create" ? (
        <fieldset>
          <legend>{t("setup.identity.legend")}</legend>
          <Field label={t("setup.name")} required hint={t("setup.name.hint")} {...fieldProps("name")}>
            <Input value={values.name} onChange={(_e, d) => change({ name: d.value })} maxLength={120} />
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
              min={4}
              max={20}
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

import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { useApi } from "../api/ApiProvider";
import { LocalisedTextFields } from "./LocalisedTextFields";
import { NumberField } from "./NumberField";
import {
  checkDraft,
  draftOf,
  type Draft,
  type DraftField,
  type FieldError,
  type NumberField as NumberFieldName,
  type TextField,
} from "./settingsDraft";
import type { WorkshopSettingsFormDto } from "../../../bot/src/contracts/workshopApi";
import {
  PROMPT_KEYS,
  SCALE_ENDS,
  SEQUENCE_TITLE_KEYS,
  VOTE_SETTINGS_KEYS,
} from "../../../bot/src/domain/workshopSettings";
import { VoteFieldset } from "./VoteFieldset";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    maxWidth: "960px",
    "& fieldset": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: tokens.spacingHorizontalM,
      display: "flex",
      flexDirection: "column",
      rowGap: tokens.spacingVerticalM,
    },
    "& legend": { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  },
  votes: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
  },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
});

type Failure = { readonly text: string; readonly stale: boolean };

/**
 * The whole settings form: saved at once, from the version it was loaded with, so two coordinators
 * editing together cannot silently undo each other (the second save is refused and says why).
 */
export function WorkshopSettingsForm({
  campaignId,
  view,
  onReload,
}: {
  campaignId: string;
  view: WorkshopSettingsFormDto;
  onReload: () => void;
}) {
  const t = useT();
  const styles = useStyles();
  const api = useApi();
  const readOnly = !view.canEdit;
  const [draft, setDraft] = useState<Draft>(() => draftOf(view.settings));
  const [version, setVersion] = useState(view.version);
  const [errors, setErrors] = useState<Partial<Record<DraftField, FieldError>>>({});
  const [failure, setFailure] = useState<Failure>();
  const [notice, setNotice] = useState<Notice>();
  const [saving, setSaving] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  const setText = (field: TextField, value: string) =>
    setDraft((d) => ({ ...d, texts: { ...d.texts, [field]: value } }));
  const setNumber = (field: NumberFieldName, value: string) =>
    setDraft((d) => ({ ...d, numbers: { ...d.numbers, [field]: value } }));
  const fail = (next: Failure) => {
    setNotice(undefined);
    setFailure(next);
    // Next frame: the message bar exists then; focus tells keyboard and screen reader users at once.
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving || readOnly) return;
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return fail({
        text: t("settings.error.fields", { count: String(Object.keys(checked.errors).length) }),
        stale: false,
      });
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await api.call(
        "PUT /api/workshop-settings/:campaignId",
        { campaignId },
        { ...checked.settings, version },
      );
      setVersion(saved.version);
      setDraft(draftOf(saved.settings));
      setFailure(undefined);
      setNotice({ intent: "success", text: t("settings.saved") });
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined);
      fail({ text: errorText(apiError, t), stale: apiError.status === 409 });
    } finally {
      setSaving(false);
    }
  };

  const reset = () => {
    setDraft(draftOf(view.defaults));
    setErrors({});
    setFailure(undefined);
    setNotice({ intent: "info", text: t("settings.resetDone") });
  };

  const started = view.startedWorkshops;
  const textProps = { texts: draft.texts, errors, readOnly, onChange: setText };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-describedby={failure ? "settings-failure" : undefined}
    >
      <Text as="p">{t("settings.intro")}</Text>
      {version === null && (
        <Text as="p" data-testid="settings-built-in">
          {t("settings.builtIn")}
        </Text>
      )}
      {started.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-started">
          <MessageBarBody>
            {started.length === 3
              ? t("settings.allStarted")
              : t("settings.started", {
                  list: started.map((n) => t("settings.workshop", { n: String(n) })).join(", "),
                })}
          </MessageBarBody>
        </MessageBar>
      )}
      {readOnly && (
        <MessageBar intent="info" layout="multiline" data-testid="settings-readonly">
          <MessageBarBody>{t("settings.readOnly")}</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar
          intent="error"
          layout="multiline"
          ref={alertRef}
          tabIndex={-1}
          id="settings-failure"
          data-testid="settings-error"
        >
          <MessageBarBody>
            <MessageBarTitle>{t("settings.error.title")}</MessageBarTitle>
            {failure.text}
          </MessageBarBody>
          {failure.stale && (
            <MessageBarActions>
              <Button onClick={onReload} data-testid="settings-reload">
                {t("settings.reload")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}

      <fieldset>
        <legend>{t("settings.prompts.legend")}</legend>
        {PROMPT_KEYS.map((k) => (
          <LocalisedTextFields
            key={k}
            path={`prompts.${k}`}
            label={t(`settings.prompt.${k}`)}
            multiline
            {...textProps}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("settings.titles.legend")}</legend>
        {SEQUENCE_TITLE_KEYS.map((k) => (
          <LocalisedTextFields
            key={k}
            path={`sequenceTitles.${k}`}
            label={t(`settings.sequence.${k}`)}
            {...textProps}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("settings.scale.legend")}</legend>
        {SCALE_ENDS.map((k) => (
          <LocalisedTextFields key={k} path={`scaleLabels.${k}`} label={t(`settings.scale.${k}`)} {...textProps} />
        ))}
        <Checkbox
          label={t("settings.scale.comment")}
          checked={draft.scaleAllowsComment}
          disabled={readOnly}
          onChange={(_e, d) => setDraft((v) => ({ ...v, scaleAllowsComment: d.checked === true }))}
          data-testid="field-scaleAllowsComment"
        />
      </fieldset>
      <fieldset>
        <legend>{t("settings.entries.legend")}</legend>
        <NumberField
          field="maxContributionLength"
          label={t("settings.maxContributionLength")}
          value={draft.numbers.maxContributionLength}
          range={view.limits.maxContributionLength}
          error={errors.maxContributionLength}
          readOnly={readOnly}
          onChange={setNumber}
        />
        <NumberField
          field="maxEntriesPerStep"
          label={t("settings.maxEntriesPerStep")}
          value={draft.numbers.maxEntriesPerStep}
          range={view.limits.maxEntriesPerStep}
          error={errors.maxEntriesPerStep}
          readOnly={readOnly}
          onChange={setNumber}
        />
      </fieldset>
      <div className={styles.votes}>
        {VOTE_SETTINGS_KEYS.map((v) => (
          <VoteFieldset
            key={v}
            vote={v}
            draft={draft}
            limits={view.limits}
            errors={errors}
            readOnly={readOnly}
            onNumber={setNumber}
            {...(v === "actionsVote"
              ? { onEnabled: (enabled: boolean) => setDraft((d) => ({ ...d, actionsVoteEnabled: enabled })) }
              : {})}
          />
        ))}
      </div>

      <NoticeBar notice={notice} testId="settings-notice" />
      {!readOnly && (
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabledFocusable={saving} data-testid="settings-save">
            {t(saving ? "settings.saving" : "settings.save")}
          </Button>
          <Button type="button" onClick={reset} data-testid="settings-reset">
            {t("settings.reset")}
          </Button>
        </div>
      )}
    </form>
  );
}

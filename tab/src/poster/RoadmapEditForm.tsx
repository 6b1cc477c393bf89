import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { NoticeBar } from "../components/NoticeBar";
import { useT } from "../i18n/I18nProvider";
import { problemText } from "./problemText";
import type { RoadmapActionDto } from "../../../bot/src/contracts/posterDtos";

/** What each of an action's forms is given: the action, and what to do with the change it makes. */
export interface ActionFormProps<Change> {
  readonly action: RoadmapActionDto;
  /** The action's test id, the prefix of the fields' ones. */
  readonly testId: string;
  readonly onSave: (change: Change) => Promise<void>;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The frame of an edit form opened inline on the roadmap page: its fields, Save and Cancel. While
 * it saves, Save is disabled; a refusal shows here, next to what was typed, which stays as it was;
 * once saved, the owner closes the form (onSaved) and shows the result.
 */
export function RoadmapEditForm({
  id,
  label,
  saveLabel,
  saveTestId,
  primary = false,
  save,
  onSaved,
  onCancel,
  children,
}: {
  id: string;
  label: string;
  saveLabel: string;
  saveTestId: string;
  primary?: boolean;
  /** Sends the change; rejects with the server's refusal. */
  save: () => Promise<void>;
  onSaved: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <form
      id={id}
      aria-label={label}
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (saving) return;
        setSaving(true);
        setError(undefined);
        save().then(
          () => onSaved(),
          (failure: unknown) => {
            setError(problemText(failure, t));
            setSaving(false);
          },
        );
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !saving) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div className={styles.fields}>{children}</div>
      <NoticeBar notice={error === undefined ? undefined : { intent: "error", text: error }} testId={`${id}-error`} />
      <div className={styles.buttons}>
        <Button
          type="submit"
          appearance={primary ? "primary" : "secondary"}
          disabledFocusable={saving}
          data-testid={saveTestId}
        >
          {saveLabel}
        </Button>
        <Button type="button" onClick={onCancel} disabledFocusable={saving}>
          {t("roadmap.edit.cancel")}
        </Button>
      </div>
    </form>
  );
}

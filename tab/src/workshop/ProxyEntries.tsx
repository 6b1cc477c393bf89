import { Button, Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useT } from "../i18n/I18nProvider";
import type { Post } from "./workshopApi";
import type { LiveStateDto, VoteStepId } from "../../../bot/src/contracts/workshopApi";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  lines: {
    listStyleType: "none",
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

const SCALE_VALUES = Array.from({ length: 11 }, (_, i) => String(i));

/** A fresh id per click: the server ignores a resent request, and two clicks are two dots. */
function newRequestId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The marker of the person answered for; a marker, never a name, since answers are anonymous. */
function MarkerField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <Field label={t("workshop.console.proxy.label")} hint={t("workshop.console.proxy.labelHint")} required>
      <Input value={value} maxLength={40} onChange={(_e, d) => onChange(d.value)} />
    </Field>
  );
}

function ProxyScale({ post, allowsComment }: { post: Post; allowsComment: boolean }) {
  const t = useT();
  const styles = useStyles();
  const [label, setLabel] = useState("");
  const [value, setValue] = useState("");
  const [comment, setComment] = useState("");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <form
      className={styles.block}
      aria-label={t("workshop.console.proxy.scaleTitle")}
      onSubmit={(e) => {
        e.preventDefault();
        if (busy || label.trim() === "" || value === "") return;
        setBusy(true);
        const trimmed = comment.trim();
        void post("proxy-scale", {
          label: label.trim(),
          value: Number(value),
          ...(allowsComment && trimmed ? { comment: trimmed } : {}),
        }).then((accepted) => {
          setBusy(false);
          if (!accepted) return;
          setStatus(t("workshop.console.proxy.saved", { label: label.trim() }));
          setLabel("");
          setValue("");
          setComment("");
        });
      }}
    >
      <h3>{t("workshop.console.proxy.scaleTitle")}</h3>
      <MarkerField value={label} onChange={setLabel} />
      <Field label={t("workshop.console.proxy.value")} required>
        <RadioGroup layout="horizontal" value={value} onChange={(_e, d) => setValue(d.value)}>
          {SCALE_VALUES.map((v) => (
            <Radio key={v} value={v} label={v} />
          ))}
        </RadioGroup>
      </Field>
      {allowsComment && (
        <Field label={t("workshop.console.proxy.comment")}>
          <Textarea value={comment} maxLength={500} onChange={(_e, d) => setComment(d.value)} />
        </Field>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy || label.trim() === "" || value === ""}>
          {t("workshop.console.proxy.scaleSave")}
        </Button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}

function ProxyVote({ state, post }: { state: LiveStateDto; post: Post }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const [label, setLabel] = useState("");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  if (state.results.type !== "vote" || !state.step) return null;
  // A vote step (checked above): its id is one of the three ballots.
  const stepId = state.step.id as VoteStepId;
  const send = (itemId: string, text: string, retract: boolean) => {
    if (busy || label.trim() === "") return;
    setBusy(true);
    void post("proxy-vote", { label: label.trim(), stepId, itemId, retract, requestId: newRequestId() }).then(
      (accepted) => {
        setBusy(false);
        if (accepted)
          setStatus(
            t(retract ? "workshop.console.proxy.dotRemoved" : "workshop.console.proxy.dotAdded", {
              label: label.trim(),
              text,
            }),
          );
      },
    );
  };
  const disabled = busy || label.trim() === "";
  return (
    <section className={styles.block} aria-labelledby={headingId}>
      <h3 id={headingId}>{t("workshop.console.proxy.voteTitle")}</h3>
      <MarkerField value={label} onChange={setLabel} />
      <ul className={styles.lines}>
        {state.results.lines.map((line) => (
          <li key={line.id} className={styles.row}>
            <Button
              size="small"
              appearance="primary"
              disabled={disabled}
              onClick={() => send(line.id, line.text, false)}
            >
              {t("workshop.console.proxy.addDot", { text: line.text })}
            </Button>
            <Button size="small" disabled={disabled} onClick={() => send(line.id, line.text, true)}>
              {t("workshop.console.proxy.removeDot", { text: line.text })}
            </Button>
          </li>
        ))}
      </ul>
      <p role="status">{status}</p>
    </section>
  );
}

/** Answers entered for someone in the room without a phone; the server flags them as proxy entries. */
export function ProxyEntries({ state, post }: { state: LiveStateDto; post: Post }) {
  const t = useT();
  if (!state.step || (state.step.type !== "scale" && state.step.type !== "vote")) return null;
  return (
    <section aria-label={t("workshop.console.proxy.title")}>
      <h2>{t("workshop.console.proxy.title")}</h2>
      <p>{t("workshop.console.proxy.intro")}</p>
      {state.step.type === "scale" ? (
        <ProxyScale key={state.revision} post={post} allowsComment={state.scaleAllowsComment !== false} />
      ) : (
        <ProxyVote key={state.step.id} state={state} post={post} />
      )}
    </section>
  );
}

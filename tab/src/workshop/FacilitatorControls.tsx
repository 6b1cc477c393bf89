import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../i18n/I18nProvider";
import type { LiveStateDto } from "../../../bot/src/contracts/workshopApi";
import type { ContributionStepId } from "../../../bot/src/domain/contributions";
import type { FacilitatorCommandType } from "../../../bot/src/domain/workshopMachine";
import { COMMIT_PARTIES, type CommitParty } from "../../../bot/src/domain/workshopTemplate";
import type { Post } from "./workshopApi";

/** The console's command buttons; the countdown has its own control below them, as on the facilitator card. */
function commandsOf(state: LiveStateDto): Exclude<FacilitatorCommandType, "setCountdown">[] {
  return state.allowedCommands.filter((c) => c !== "setCountdown");
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  countdown: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  countdownField: { minWidth: 0, flex: "1 1 140px", maxWidth: "240px" },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
});

export function CommandBar({ state, post }: { state: LiveStateDto; post: Post }) {
  const t = useT();
  const styles = useStyles();
  return (
    <section aria-label={t("workshop.console.controls")}>
      <h2>{t("workshop.console.controls")}</h2>
      <div className={styles.row}>
        {commandsOf(state).map((type) => (
          <Button
            key={type}
            appearance={type === "next" || type === "start" ? "primary" : "secondary"}
            onClick={() => void post("commands", { type, revision: state.revision })}
          >
            {t(`workshop.command.${type}`)}
          </Button>
        ))}
      </div>
      {state.allowedCommands.includes("setCountdown") && <Countdown state={state} post={post} />}
    </section>
  );
}

/** The durations the facilitator card offers, in minutes. */
const COUNTDOWN_MINUTES = [1, 2, 3, 5, 10, 15];

/** The indicative time for the step, as on the facilitator card: none, or a few minutes. */
function Countdown({ state, post }: { state: LiveStateDto; post: Post }) {
  const t = useT();
  const styles = useStyles();
  const [seconds, setSeconds] = useState("0");
  return (
    <div className={styles.countdown}>
      <Field label={t("workshop.console.countdown.label")} className={styles.countdownField}>
        <Select value={seconds} onChange={(_e, d) => setSeconds(d.value)}>
          <option value="0">{t("workshop.console.countdown.none")}</option>
          {COUNTDOWN_MINUTES.map((minutes) => (
            <option key={minutes} value={String(minutes * 60)}>
              {t("workshop.console.countdown.minutes", { minutes: String(minutes) })}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        onClick={() =>
          void post("commands", { type: "setCountdown", seconds: Number(seconds), revision: state.revision })
        }
      >
        {t("workshop.console.countdown.action")}
      </Button>
    </div>
  );
}

/** Keyboard-friendly merge: pick the item to keep, tick its duplicates, merge. Hide is one button per item. */
export function MergeAndHide({ state, post }: { state: LiveStateDto; post: Post }) {
  const t = useT();
  const styles = useStyles();
  const [keep, setKeep] = useState<string>("");
  const [others, setOthers] = useState<ReadonlySet<string>>(new Set());
  if (state.results.type !== "contributions" || !state.step || state.results.items.length === 0) return null;
  // A contributions step (checked above): its id is one of theirs.
  const stepId = state.step.id as ContributionStepId;
  const items = state.results.items;
  return (
    <section className={styles.block} aria-label={t("workshop.console.merge.title")}>
      <h2>{t("workshop.console.merge.title")}</h2>
      <Field label={t("workshop.console.merge.keep")}>
        <RadioGroup value={keep} onChange={(_e, d) => setKeep(d.value)}>
          {items.map((i) => (
            <Radio key={i.id} value={i.id} label={i.weight > 1 ? `${i.text} (× ${i.weight})` : i.text} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset>
        <legend>{t("workshop.console.merge.select")}</legend>
        {items
          .filter((i) => i.id !== keep)
          .map((i) => (
            <Checkbox
              key={i.id}
              label={i.text}
              checked={others.has(i.id)}
              onChange={(_e, d) => {
                const next = new Set(others);
                if (d.checked) next.add(i.id);
                else next.delete(i.id);
                setOthers(next);
              }}
            />
          ))}
      </fieldset>
      <div className={styles.row}>
        <Button
          disabled={!keep || others.size === 0}
          onClick={() =>
            void post("merge", { stepId, keepId: keep, mergeIds: [...others].filter((id) => id !== keep) }).then(() => {
              setKeep("");
              setOthers(new Set());
            })
          }
        >
          {t("workshop.console.merge.action")}
        </Button>
      </div>
      <div className={styles.row}>
        {items.map((i) => (
          <Button key={i.id} size="small" appearance="subtle" onClick={() => void post("hide", { stepId, id: i.id })}>
            {t("workshop.console.hide", { text: i.text })}
          </Button>
        ))}
      </div>
    </section>
  );
}

/** Hidden contributions, one button each to show them again (the server keeps the audit trail). */
export function HiddenItems({ state, post }: { state: LiveStateDto; post: Post }) {
  const t = useT();
  const styles = useStyles();
  const hidden = state.hidden;
  if (!state.step || state.step.type !== "contributions" || hidden.length === 0) return null;
  // A contributions step (checked above): its id is one of theirs.
  const stepId = state.step.id as ContributionStepId;
  return (
    <section className={styles.block} aria-label={t("workshop.console.hidden.title")}>
      <h2>{t("workshop.console.hidden.title")}</h2>
      <ul>
        {hidden.map((i) => (
          <li key={i.id}>
            <Button size="small" onClick={() => void post("unhide", { stepId, id: i.id })}>
              {t("workshop.console.unhide", { text: i.text })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CommitmentForm({
  item,
  existing,
  post,
}: {
  item: { id: string; text: string; commits?: CommitParty };
  existing?: { party: CommitParty; text: string };
  post: Post;
}) {
  const t = useT();
  const styles = useStyles();
  const [text, setText] = useState(existing?.text ?? item.text);
  const [party, setParty] = useState<CommitParty>(existing?.party ?? item.commits ?? "both");
  return (
    <form
      className={styles.block}
      onSubmit={(e) => {
        e.preventDefault();
        void post("commitments", { sourceItemId: item.id, party, text });
      }}
    >
      <Field label={t("workshop.console.commit.text", { text: item.text })}>
        <Input value={text} onChange={(_e, d) => setText(d.value)} />
      </Field>
      <Field label={t("workshop.console.commit.party")}>
        <RadioGroup layout="horizontal" value={party} onChange={(_e, d) => setParty(d.value as CommitParty)}>
          {COMMIT_PARTIES.map((p) => (
            <Radio key={p} value={p} label={t(`workshop.party.${p}`)} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button type="submit" appearance="primary">
          {t("workshop.console.commit.save")}
        </Button>
      </div>
    </form>
  );
}

export function Commitments({ state, post }: { state: LiveStateDto; post: Post }) {
  const t = useT();
  if (state.results.type !== "commitments") return null;
  const { priorities, commitments } = state.results;
  return (
    <section aria-label={t("workshop.console.commit.title")}>
      <h2>{t("workshop.console.commit.title")}</h2>
      {priorities.map((p) => {
        const existing = commitments.find((c) => c.sourceItemId === p.id);
        return <CommitmentForm key={p.id} item={p} post={post} {...(existing ? { existing } : {})} />;
      })}
    </section>
  );
}

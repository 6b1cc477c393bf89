import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MyAnswerDto } from "../../../bot/src/contracts/posterDtos";
import { Note } from "../components/Note";
import { useT } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, maxWidth: "760px" },
});

/**
 * A Teams participant approves or asks for a change from the tab (same rule as their card). The poster
 * page loads this file only for a viewer who may answer, so coordinators do not download its inputs.
 */
export function AnswerForm({
  version,
  myAnswer,
  onAnswer,
  busy,
}: {
  version: number;
  myAnswer?: MyAnswerDto;
  onAnswer: (approved: boolean, comment: string) => void;
  busy: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  const [comment, setComment] = useState("");
  return (
    <section className={styles.column} aria-labelledby="poster-answer">
      <h2 id="poster-answer">{t("poster.answer.title", { version: String(version) })}</h2>
      {myAnswer && (
        <Note intent={myAnswer.approved ? "success" : "info"}>
          {t(myAnswer.approved ? "poster.answer.youApproved" : "poster.answer.youAsked")}
        </Note>
      )}
      <Field label={t("poster.answer.comment")}>
        <Textarea
          value={comment}
          onChange={(_, d) => setComment(d.value)}
          maxLength={300}
          data-testid="answer-comment"
        />
      </Field>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => onAnswer(true, comment)}
          data-testid="answer-approve"
        >
          {t("poster.answer.approve")}
        </Button>
        <Button
          disabled={busy || comment.trim().length === 0}
          onClick={() => onAnswer(false, comment)}
          data-testid="answer-change"
        >
          {t("poster.answer.change")}
        </Button>
      </div>
    </section>
  );
}

import { useId, useState } from "react";
import type { MyAnswerDto } from "../../../../bot/src/contracts/posterDtos";
import { usePublicT } from "../../i18n/I18nProvider";
import { Alert, Button } from "../ui";

/** The usager approves the poster's version or asks for a change, with a comment (required to ask). */
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
  const t = usePublicT();
  const [comment, setComment] = useState("");
  const commentId = useId();
  return (
    <section className="ve-follow-answer" aria-labelledby="poster-answer">
      <h2 id="poster-answer">{t("poster.answer.title", { version: String(version) })}</h2>
      {myAnswer && (
        <Alert intent={myAnswer.approved ? "success" : "info"}>
          {t(myAnswer.approved ? "poster.answer.youApproved" : "poster.answer.youAsked")}
        </Alert>
      )}
      <div className="ve-field">
        <label htmlFor={commentId}>{t("poster.answer.comment")}</label>
        <textarea
          id={commentId}
          className="ve-textarea"
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          maxLength={300}
          rows={3}
          data-testid="answer-comment"
        />
      </div>
      <div className="ve-follow-actions">
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

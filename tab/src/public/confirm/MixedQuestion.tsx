import type { ConfirmationViewDto } from "../../../../bot/src/contracts/recruitmentDtos";
import type { MixedAnswer } from "../../../../bot/src/domain/mixedPanel";
import { usePublicT } from "../../i18n/I18nProvider";
import { Alert, Button } from "../ui";

/** Workshop 3, asked on the same link: one question, two large buttons, the answer said back. */
export function MixedQuestion({
  mixed,
  onAnswer,
  error,
}: {
  mixed: NonNullable<ConfirmationViewDto["mixed"]>;
  onAnswer: (answer: MixedAnswer) => void;
  error?: string;
}) {
  const t = usePublicT();
  return (
    <section aria-labelledby="mixed-question" className="ve-confirm-section">
      <h2 id="mixed-question">{t("confirm.mixed.question")}</h2>
      {mixed.answer ? (
        <p role="status">{t(mixed.answer === "yes" ? "confirm.mixed.answeredYes" : "confirm.mixed.answeredNo")}</p>
      ) : null}
      {error ? <Alert intent="error">{error}</Alert> : null}
      {mixed.closed ? null : (
        <div className="ve-confirm-actions">
          {(["yes", "no"] as const).map((answer) => (
            <Button
              key={answer}
              className="ve-button-large"
              aria-pressed={mixed.answer === answer}
              onClick={() => onAnswer(answer)}
            >
              {t(answer === "yes" ? "confirm.mixed.yes" : "confirm.mixed.no")}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}

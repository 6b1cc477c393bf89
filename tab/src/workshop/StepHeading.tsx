import { useLocale, useT } from "../i18n/I18nProvider";
import type { LiveStateDto } from "../../../bot/src/contracts/workshopApi";

/** What the room is asked now: sequence, step and the prompt, or the waiting/paused/ended screen. */
export function StepHeading({ state, level }: { state: LiveStateDto; level: 1 | 2 }) {
  const t = useT();
  const locale = useLocale();
  const Heading = level === 1 ? "h1" : "h2";
  if (state.screen !== "step" || !state.step) {
    return <Heading>{t(`workshop.screen.${state.screen === "step" ? "waiting" : state.screen}`)}</Heading>;
  }
  const s = state.step;
  return (
    <>
      <p>
        {t("workshop.stepOf", {
          sequence: String(s.sequenceIndex + 1),
          sequences: String(s.sequenceCount),
          step: String(s.stepIndex + 1),
          steps: String(s.stepCount),
        })}{" "}
        — {s.sequenceTitle[locale]}
      </p>
      <Heading>{s.prompt[locale]}</Heading>
    </>
  );
}

import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { pathOf } from "../../../bot/src/contracts/endpoint";
import type { MyAnswerDto, PosterViewDto } from "../../../bot/src/contracts/posterDtos";
import { useApi } from "../api/ApiProvider";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import { drawPosterCanvas } from "./posterCanvas";
import { safeFileName, saveBlob } from "./posterDownloads";
import { problemText } from "./problemText";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, maxWidth: "760px" },
});

/** PDF (A4/A3, fr/en) from the server; PNG drawn here on a canvas. */
export function PosterDownloads({ view }: { view: PosterViewDto }) {
  const styles = useStyles();
  const t = useT();
  const uiLocale = useLocale();
  const api = useApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState<"A4" | "A3">("A4");
  const [lang, setLang] = useState<Locale>(uiLocale);
  const [error, setError] = useState<string>();
  const service = view.campaign.site ?? view.campaign.services.join(", ");
  const base = `affiche-${safeFileName(service)}`;
  const pdf = async () => {
    setError(undefined);
    try {
      const path = pathOf("GET /api/campaigns/:campaignId/poster/pdf", { campaignId: view.campaign.id });
      const blob = await api.blob(`${path}?${new URLSearchParams({ size, lang }).toString()}`);
      saveBlob(blob, `${base}-${size}-${lang}.pdf`);
    } catch (e) {
      setError(problemText(e, t));
    }
  };
  const png = () => {
    const c = canvas.current;
    if (!c) return;
    drawPosterCanvas(c, view.poster, view.status, service, t, uiLocale);
    c.toBlob((blob) => blob && saveBlob(blob, `${base}-${uiLocale}.png`), "image/png");
  };
  return (
    <section className={styles.column} aria-labelledby="poster-print">
      <h2 id="poster-print">{t("poster.print.title")}</h2>
      <div className={styles.bar}>
        <Field label={t("poster.print.size")}>
          <Select value={size} onChange={(_, d) => setSize(d.value === "A3" ? "A3" : "A4")} data-testid="pdf-size">
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </Select>
        </Field>
        <Field label={t("poster.print.language")}>
          <Select value={lang} onChange={(_, d) => setLang(d.value === "en" ? "en" : "fr")} data-testid="pdf-lang">
            <option value="fr">{t("language.fr")}</option>
            <option value="en">{t("language.en")}</option>
          </Select>
        </Field>
        <Button onClick={() => void pdf()} data-testid="download-pdf">
          {t("poster.print.pdf")}
        </Button>
        <Button onClick={png} data-testid="download-png">
          {t("poster.print.png")}
        </Button>
      </div>
      <canvas ref={canvas} hidden aria-hidden="true" />
      {error && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** A Teams participant approves or asks for a change from the tab (same rule as their card). */
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
        <MessageBar layout="multiline" intent={myAnswer.approved ? "success" : "info"}>
          <MessageBarBody>
            {t(myAnswer.approved ? "poster.answer.youApproved" : "poster.answer.youAsked")}
          </MessageBarBody>
        </MessageBar>
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

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pathOf } from "../../../bot/src/contracts/endpoint";
import type { PosterViewDto } from "../../../bot/src/contracts/posterDtos";
import { useApi } from "../api/ApiProvider";
import { NativeSelect } from "../components/NativeSelect";
import { Note } from "../components/Note";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import { safeFileName, saveBlob } from "./posterDownloads";
import { problemText } from "./problemText";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, maxWidth: "760px" },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
});

/** PDF (A4/A3, fr/en) from the server; PNG drawn here on a canvas (its drawing code loads on the click). */
export function PosterPrint({ view }: { view: PosterViewDto }) {
  const styles = useStyles();
  const t = useT();
  const uiLocale = useLocale();
  const api = useApi();
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
  const png = async () => {
    setError(undefined);
    try {
      const { drawPosterCanvas } = await import("./posterCanvas");
      // Off the page: the canvas is only a drawing surface for the file.
      const canvas = document.createElement("canvas");
      drawPosterCanvas(canvas, view.poster, view.status, service, t, uiLocale);
      canvas.toBlob((blob) => blob && saveBlob(blob, `${base}-${uiLocale}.png`), "image/png");
    } catch (e) {
      setError(problemText(e, t));
    }
  };
  return (
    <section className={styles.column} aria-labelledby="poster-print">
      <h2 id="poster-print">{t("poster.print.title")}</h2>
      <div className={styles.bar}>
        <NativeSelect
          label={t("poster.print.size")}
          value={size}
          onChange={(e) => setSize(e.target.value === "A3" ? "A3" : "A4")}
          data-testid="pdf-size"
        >
          <option value="A4">A4</option>
          <option value="A3">A3</option>
        </NativeSelect>
        <NativeSelect
          label={t("poster.print.language")}
          value={lang}
          onChange={(e) => setLang(e.target.value === "en" ? "en" : "fr")}
          data-testid="pdf-lang"
        >
          <option value="fr">{t("language.fr")}</option>
          <option value="en">{t("language.en")}</option>
        </NativeSelect>
        <Button onClick={() => void pdf()} data-testid="download-pdf">
          {t("poster.print.pdf")}
        </Button>
        <Button onClick={() => void png()} data-testid="download-png">
          {t("poster.print.png")}
        </Button>
      </div>
      {error && (
        <Note intent="error" role="alert">
          {error}
        </Note>
      )}
    </section>
  );
}

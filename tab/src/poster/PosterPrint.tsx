import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { pathOf } from "../../../bot/src/contracts/endpoint";
import type { PosterViewDto } from "../../../bot/src/contracts/posterDtos";
import { useApi } from "../api/ApiProvider";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import { safeFileName, saveBlob } from "./posterDownloads";
import { problemText } from "./problemText";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, maxWidth: "760px" },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  label: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  // The browser's own select in Fluent's outline look: two short lists need no more, and Fluent's
  // Select and Field would add 7 KB (gzip) to every first load of the page.
  select: {
    minHeight: "32px",
    minWidth: "8em",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/** PDF (A4/A3, fr/en) from the server; PNG drawn here on a canvas (its drawing code loads on the click). */
export function PosterPrint({ view }: { view: PosterViewDto }) {
  const styles = useStyles();
  const t = useT();
  const uiLocale = useLocale();
  const api = useApi();
  const sizeId = useId();
  const langId = useId();
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
        <div className={styles.field}>
          <label htmlFor={sizeId} className={styles.label}>
            {t("poster.print.size")}
          </label>
          <select
            id={sizeId}
            className={styles.select}
            value={size}
            onChange={(e) => setSize(e.target.value === "A3" ? "A3" : "A4")}
            data-testid="pdf-size"
          >
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={langId} className={styles.label}>
            {t("poster.print.language")}
          </label>
          <select
            id={langId}
            className={styles.select}
            value={lang}
            onChange={(e) => setLang(e.target.value === "en" ? "en" : "fr")}
            data-testid="pdf-lang"
          >
            <option value="fr">{t("language.fr")}</option>
            <option value="en">{t("language.en")}</option>
          </select>
        </div>
        <Button onClick={() => void pdf()} data-testid="download-pdf">
          {t("poster.print.pdf")}
        </Button>
        <Button onClick={() => void png()} data-testid="download-png">
          {t("poster.print.png")}
        </Button>
      </div>
      {error && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

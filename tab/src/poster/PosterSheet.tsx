import { commitmentText } from "../../../bot/src/domain/commitmentText";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useLocale, useT } from "../i18n/I18nProvider";
import { formatDay, validationLine } from "./posterText";
import type { Poster, PosterStatus } from "../../../bot/src/domain/poster";
import { COMMIT_PARTIES } from "../../../bot/src/domain/workshopTemplate";

// The sheet keeps print colours in every Teams theme: it shows what will hang on the wall.
const BAND = "#004b8c";
const INK = "#1c2640";
export const PARTY_COLOURS = { agents: "#006b8c", usagers: "#8c3873", both: "#33722e" } as const;

const useStyles = makeStyles({
  sheet: {
    backgroundColor: "#ffffff",
    color: INK,
    width: "100%",
    maxWidth: "760px",
    boxShadow: "0 2px 12px rgba(0,0,0,0.25)",
    display: "flex",
    flexDirection: "column",
    fontFamily: "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
    // The page's proportions where there is room; on a phone the sheet grows with its text instead
    // of cutting the commitments off.
    "@media (min-width: 640px)": { aspectRatio: "1 / 1.414", overflow: "hidden" },
  },
  band: { backgroundColor: BAND, color: "#ffffff", padding: "28px 36px" },
  title: { fontSize: "30px", fontWeight: 700, lineHeight: 1.15, margin: 0 },
  service: { fontSize: "20px", marginTop: "8px" },
  body: {
    padding: "28px 36px",
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    justifyContent: "flex-start",
    rowGap: "44px",
  },
  heading: {
    fontSize: "19px",
    fontWeight: 700,
    margin: "0 0 16px",
    color: INK,
    textTransform: "uppercase",
    letterSpacing: "0.06em",
  },
  pills: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "center",
    gap: "12px",
  },
  pill: {
    border: `2px solid ${BAND}`,
    backgroundColor: "#e6f0fa",
    color: BAND,
    borderRadius: "999px",
    padding: "10px 24px",
    fontSize: "28px",
    fontWeight: 700,
    lineHeight: 1.2,
    textAlign: "center",
    "@media (max-width: 639px)": { fontSize: "21px", padding: "8px 18px" },
  },
  group: {
    borderLeft: "6px solid",
    paddingLeft: "16px",
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    marginTop: "18px",
  },
  groupTitle: { fontSize: "19px", fontWeight: 700, margin: 0 },
  list: { margin: 0, paddingLeft: "20px", fontSize: "19px", lineHeight: 1.45 },
  footer: {
    borderTop: `2px solid ${BAND}`,
    margin: "0 36px",
    padding: "10px 0 18px",
    fontSize: "13px",
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
  strong: { fontWeight: 700 },
  agents: { borderLeftColor: PARTY_COLOURS.agents, color: PARTY_COLOURS.agents },
  usagers: { borderLeftColor: PARTY_COLOURS.usagers, color: PARTY_COLOURS.usagers },
  both: { borderLeftColor: PARTY_COLOURS.both, color: PARTY_COLOURS.both },
  listInk: { color: INK },
});

export interface PosterSheetProps {
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly serviceName: string;
}

/** The poster as it will be printed: qualities on top, the three groups of commitments below. */
export function PosterSheet({ poster, status, serviceName }: PosterSheetProps) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  return (
    <article className={styles.sheet} aria-label={t("poster.sheet.label")} data-testid="poster-sheet" lang={locale}>
      <header className={styles.band}>
        <h2 className={styles.title}>{t("poster.sheet.title")}</h2>
        <p className={styles.service}>{serviceName}</p>
      </header>
      <div className={styles.body}>
        <section aria-labelledby="poster-qualities">
          <h3 id="poster-qualities" className={styles.heading}>
            {t("poster.sheet.qualities")}
          </h3>
          <ul className={styles.pills} data-testid="poster-qualities">
            {poster.qualities.map((q) => (
              <li key={q.id} className={styles.pill}>
                {q.text}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="poster-commitments">
          <h3 id="poster-commitments" className={styles.heading}>
            {t("poster.sheet.commitments")}
          </h3>
          {COMMIT_PARTIES.filter((party) => poster.commitments[party].length > 0).map((party) => (
            <div
              key={party}
              className={mergeClasses(styles.group, styles[party])}
              data-testid={`poster-group-${party}`}
            >
              <h4 className={styles.groupTitle}>{t(`poster.party.${party}`)}</h4>
              <ul className={mergeClasses(styles.list, styles.listInk)}>
                {poster.commitments[party].map((c) => (
                  <li key={c.id}>{commitmentText(party, c.text, locale)}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
      <footer className={styles.footer}>
        <span className={styles.strong} data-testid="poster-validation-line">
          {validationLine(status, t)}
        </span>
        <span>
          {t("poster.sheet.footer", {
            service: serviceName,
            date: formatDay(poster.closed?.at ?? poster.updatedAt, locale),
          })}
        </span>
      </footer>
    </article>
  );
}

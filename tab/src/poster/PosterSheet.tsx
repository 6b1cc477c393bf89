import { commitmentText } from "../../../bot/src/domain/commitmentText";
import type { Poster, PosterStatus } from "../../../bot/src/domain/poster";
import { COMMIT_PARTIES } from "../../../bot/src/domain/workshopTemplate";
import { useLocale, usePublicT } from "../i18n/I18nProvider";
import { formatDay, validationLine } from "./posterText";
import "./posterSheet.css";

// The PNG drawing (posterCanvas.ts) takes the parties' colours from here; posterSheet.css has the same.
export const PARTY_COLOURS = { agents: "#006b8c", usagers: "#8c3873", both: "#33722e" } as const;

export interface PosterSheetProps {
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly serviceName: string;
}

/**
 * The poster as it will be printed: qualities on top, the three groups of commitments below. Plain
 * elements and a stylesheet rather than Fluent, so the usagers' follow page shows the same sheet as
 * the staff's poster page without loading Fluent.
 */
export function PosterSheet({ poster, status, serviceName }: PosterSheetProps) {
  const t = usePublicT();
  const locale = useLocale();
  return (
    <article className="poster-sheet" aria-label={t("poster.sheet.label")} data-testid="poster-sheet" lang={locale}>
      <header className="poster-sheet-band">
        <h2 className="poster-sheet-title">{t("poster.sheet.title")}</h2>
        <p className="poster-sheet-service">{serviceName}</p>
      </header>
      <div className="poster-sheet-body">
        <section aria-labelledby="poster-qualities">
          <h3 id="poster-qualities" className="poster-sheet-heading">
            {t("poster.sheet.qualities")}
          </h3>
          <ul className="poster-sheet-pills" data-testid="poster-qualities">
            {poster.qualities.map((q) => (
              <li key={q.id} className="poster-sheet-pill">
                {q.text}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="poster-commitments">
          <h3 id="poster-commitments" className="poster-sheet-heading">
            {t("poster.sheet.commitments")}
          </h3>
          {COMMIT_PARTIES.filter((party) => poster.commitments[party].length > 0).map((party) => (
            <div
              key={party}
              className={`poster-sheet-group poster-sheet-group-${party}`}
              data-testid={`poster-group-${party}`}
            >
              <h4 className="poster-sheet-group-title">{t(`poster.party.${party}`)}</h4>
              <ul className="poster-sheet-list">
                {poster.commitments[party].map((c) => (
                  <li key={c.id}>{commitmentText(party, c.text, locale)}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
      <footer className="poster-sheet-footer">
        <span className="poster-sheet-strong" data-testid="poster-validation-line">
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

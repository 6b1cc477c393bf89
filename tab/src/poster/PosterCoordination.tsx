import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import type { PosterViewDto } from "../../../bot/src/contracts/posterDtos";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, maxWidth: "760px" },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  link: { wordBreak: "break-all" },
  // Their labels are long (the count of answers in the second): on a narrow screen they wrap rather
  // than push the page wider than the window.
  button: { maxWidth: "100%", height: "auto", minHeight: "32px", whiteSpace: "normal" },
  // A plain table in the look of Fluent's small one: the answers are read, not sorted or selected, so
  // its 4 KB (gzip) of grid behaviour would only slow the page's first load.
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      textAlign: "start",
      verticalAlign: "top",
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: "anywhere",
    },
    "& th": { fontWeight: tokens.fontWeightSemibold },
    "& tbody tr:hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
});

/** What the coordinator needs to run validation: who answered what, the usagers' links, send and close. */
export function PosterCoordination({
  view,
  busy,
  onRequest,
  onClose,
}: {
  view: PosterViewDto;
  busy: boolean;
  onRequest: () => void;
  onClose: () => void;
}) {
  const styles = useStyles();
  const t = useT();
  return (
    <section className={styles.column} aria-labelledby="poster-coordination">
      <h2 id="poster-coordination">{t("poster.coord.title")}</h2>
      <div className={styles.bar}>
        <Button
          appearance="primary"
          className={styles.button}
          disabled={busy || view.final}
          onClick={onRequest}
          data-testid="request-validation"
        >
          {t("poster.coord.request")}
        </Button>
        {view.can.close && (
          <Button
            className={styles.button}
            disabled={busy || view.status.approvals === 0}
            onClick={onClose}
            data-testid="close-validation"
          >
            {t("poster.coord.close", { approvals: String(view.status.approvals), total: String(view.status.total) })}
          </Button>
        )}
      </div>
      {view.answers && view.answers.length > 0 && (
        <table className={styles.table} aria-label={t("poster.coord.answers")} data-testid="poster-answers">
          <thead>
            <tr>
              <th scope="col">{t("poster.coord.who")}</th>
              <th scope="col">{t("poster.coord.answer")}</th>
              <th scope="col">{t("poster.coord.comment")}</th>
            </tr>
          </thead>
          <tbody>
            {view.answers.map((a) => (
              <tr key={a.key}>
                <td>{a.name ?? t(a.kind === "usager" ? "poster.coord.usager" : "poster.coord.agent")}</td>
                <td>
                  {a.approved === undefined
                    ? t("poster.coord.pending")
                    : a.approved
                      ? t("poster.coord.approved")
                      : t("poster.coord.changeAsked")}
                </td>
                <td>{a.comment ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.usagerLinks && view.usagerLinks.length > 0 && (
        <>
          <h3>{t("poster.coord.links")}</h3>
          <Text>{t("poster.coord.linksHint")}</Text>
          <ul>
            {view.usagerLinks.map((l) => (
              <li key={l.key}>
                {(l.name ?? l.key) + " : "}
                <span className={styles.link}>{l.url}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

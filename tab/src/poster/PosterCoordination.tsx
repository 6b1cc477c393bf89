import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import type { PosterViewDto } from "../../../bot/src/contracts/posterDtos";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, maxWidth: "760px" },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  link: { wordBreak: "break-all" },
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
        <Button appearance="primary" disabled={busy || view.final} onClick={onRequest} data-testid="request-validation">
          {t("poster.coord.request")}
        </Button>
        {view.can.close && (
          <Button disabled={busy || view.status.approvals === 0} onClick={onClose} data-testid="close-validation">
            {t("poster.coord.close", { approvals: String(view.status.approvals), total: String(view.status.total) })}
          </Button>
        )}
      </div>
      {view.answers && view.answers.length > 0 && (
        <Table aria-label={t("poster.coord.answers")} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("poster.coord.who")}</TableHeaderCell>
              <TableHeaderCell>{t("poster.coord.answer")}</TableHeaderCell>
              <TableHeaderCell>{t("poster.coord.comment")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.answers.map((a) => (
              <TableRow key={a.key}>
                <TableCell>{a.name ?? t(a.kind === "usager" ? "poster.coord.usager" : "poster.coord.agent")}</TableCell>
                <TableCell>
                  {a.approved === undefined
                    ? t("poster.coord.pending")
                    : a.approved
                      ? t("poster.coord.approved")
                      : t("poster.coord.changeAsked")}
                </TableCell>
                <TableCell>{a.comment ?? ""}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
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

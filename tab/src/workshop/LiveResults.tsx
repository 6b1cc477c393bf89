import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import type { StepResults } from "../../../bot/src/contracts/workshopResults";
import type { ScaleSummary } from "../../../bot/src/domain/scale";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  item: {
    padding: "8px 16px",
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  weight: { marginLeft: "8px", fontWeight: tokens.fontWeightSemibold },
  bars: { display: "grid", gridTemplateColumns: "repeat(11, 1fr)", alignItems: "end", gap: "6px", height: "220px" },
  barCell: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "flex-end",
    height: "100%",
  },
  bar: { width: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: "4px 4px 0 0" },
  votes: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  kept: { fontWeight: tokens.fontWeightBold },
});

/** A histogram of 0..10 answers: bars for the room, and each value with its count for screen readers. */
export function Histogram({ summary, label }: { summary: ScaleSummary; label: string }) {
  const t = useT();
  const styles = useStyles();
  const max = Math.max(1, ...summary.histogram);
  return (
    <figure>
      <figcaption>{label}</figcaption>
      <p>
        {t("workshop.results.answers", {
          count: String(summary.count),
          median: summary.median === null ? "—" : String(summary.median),
        })}
      </p>
      <ol className={styles.bars} aria-label={t("workshop.results.histogram")}>
        {summary.histogram.map((count, value) => (
          <li
            key={value}
            className={styles.barCell}
            aria-label={t("workshop.results.bar", { value: String(value), count: String(count) })}
          >
            <span aria-hidden="true">{count}</span>
            <span aria-hidden="true" className={styles.bar} style={{ height: `${(count / max) * 80}%` }} />
            <span aria-hidden="true">{value}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** The current step's results, large: grouped words, the spread of the scale, dots per line. */
export function LiveResults({ results }: { results: StepResults }) {
  const t = useT();
  const styles = useStyles();
  switch (results.type) {
    case "contributions":
      if (results.items.length === 0) return <p>{t("workshop.results.none")}</p>;
      return (
        <ul className={styles.list}>
          {[...results.items]
            .sort((a, b) => b.weight - a.weight)
            .map((item) => (
              <li key={item.id} className={styles.item}>
                {item.text}
                {item.weight > 1 && (
                  <span className={styles.weight}>{t("workshop.results.weight", { weight: String(item.weight) })}</span>
                )}
                {item.tag && <span className={styles.weight}>· {t(`workshop.party.${item.tag}`)}</span>}
              </li>
            ))}
        </ul>
      );
    case "scale":
      return <Histogram summary={results.summary} label={t("workshop.results.title")} />;
    case "vote":
      return (
        <ol className={styles.votes}>
          {[...results.lines]
            .sort((a, b) => b.count - a.count)
            .map((line) => (
              <li key={line.id} className={results.kept.includes(line.id) ? styles.kept : undefined}>
                {line.text} — {t("workshop.results.dots", { count: String(line.count) })}
                {line.origin && ` (${t(`workshop.origin.${line.origin}`)})`}
                {results.kept.includes(line.id) && ` · ${t("workshop.results.kept")}`}
              </li>
            ))}
        </ol>
      );
    case "commitments":
      return (
        <ul className={styles.votes}>
          {results.commitments.map((c) => (
            <li key={c.sourceItemId}>
              <strong>{t(`workshop.party.${c.party}`)}</strong> — {c.text}
            </li>
          ))}
        </ul>
      );
    case "none":
      return null;
  }
}

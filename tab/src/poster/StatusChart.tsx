import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/I18nProvider";
import { ROADMAP_STATUSES, type RoadmapSummary } from "../../../bot/src/domain/roadmap";

const useStyles = makeStyles({
  svg: { maxWidth: "560px", width: "100%", height: "auto" },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "14px" },
  bar: { fill: tokens.colorBrandBackground },
  overdue: { fill: tokens.colorPaletteRedBackground3 },
});

/** Counts by status as horizontal bars; the numbers are written too, and the chart has a text alternative. */
export function StatusChart({ summary }: { summary: RoadmapSummary }) {
  const styles = useStyles();
  const t = useT();
  const rows = [
    ...ROADMAP_STATUSES.map((s) => ({
      key: s,
      label: t(`roadmap.status.${s}`),
      value: summary.byStatus[s],
      overdue: false,
    })),
    { key: "overdue", label: t("roadmap.overdue"), value: summary.overdue, overdue: true },
  ];
  const max = Math.max(1, ...rows.map((r) => r.value));
  const description = rows.map((r) => `${r.label} : ${r.value}`).join(", ");
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 560 ${rows.length * 36 + 8}`}
      role="img"
      aria-label={t("roadmap.dash.chart", { description })}
      data-testid="status-chart"
    >
      {rows.map((r, i) => (
        <g key={r.key} transform={`translate(0, ${i * 36 + 4})`}>
          <text className={styles.label} x={0} y={20}>
            {r.label}
          </text>
          <rect
            className={r.overdue ? styles.overdue : styles.bar}
            x={150}
            y={4}
            height={22}
            width={Math.max(2, (r.value / max) * 330)}
            rx={3}
          />
          <text className={styles.label} x={150 + Math.max(2, (r.value / max) * 330) + 8} y={20}>
            {r.value}
          </text>
        </g>
      ))}
    </svg>
  );
}

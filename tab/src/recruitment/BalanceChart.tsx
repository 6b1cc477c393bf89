import { makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import type { DimensionBreakdownDto } from "../../../bot/src/contracts/recruitmentDtos";

const useStyles = makeStyles({
  svg: { maxWidth: "640px", width: "100%", height: "auto" },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "14px" },
  volunteers: { fill: tokens.colorBrandBackground },
  service: { fill: tokens.colorNeutralForeground3 },
});

const ROW = 44;
const BAR = 300;

function percent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)} %`;
}

/**
 * One dimension: for each value, the volunteers' share (brand colour) above the service's share
 * (grey). Counts are written next to the bars, and the whole chart has a text alternative.
 */
export function BalanceChart({ breakdown }: { breakdown: DimensionBreakdownDto }) {
  const styles = useStyles();
  const t = useT();
  const label = (value: string) => t(`recruitment.value.${breakdown.dimension}.${value}` as MessageKey);
  const volunteersWord = t("recruitment.balance.volunteers");
  const serviceWord = t("recruitment.balance.service");
  const hidden = t("recruitment.balance.hidden");
  const description = breakdown.rows
    .map(
      (r) =>
        `${label(r.value)} — ${volunteersWord} ${r.volunteers === null ? hidden : `${r.volunteers} (${percent(r.volunteerShare)})`}, ${serviceWord} ${r.serviceShare === null ? t("recruitment.balance.noMakeup") : percent(r.serviceShare)}`,
    )
    .join(" ; ");
  const dimension = t(`recruitment.dimension.${breakdown.dimension}` as MessageKey);
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 640 ${breakdown.rows.length * ROW + 8}`}
      role="img"
      aria-label={t("recruitment.balance.chart", { dimension, description })}
    >
      {breakdown.rows.map((r, i) => {
        const v = Math.max(2, (r.volunteerShare ?? 0) * BAR);
        const s = Math.max(2, (r.serviceShare ?? 0) * BAR);
        return (
          <g key={r.value} transform={`translate(0, ${i * ROW + 4})`}>
            <text className={styles.label} x={0} y={22}>
              {label(r.value)}
            </text>
            <rect
              className={styles.volunteers}
              x={170}
              y={2}
              height={16}
              width={r.volunteers === null ? 2 : v}
              rx={2}
            />
            <text className={styles.label} x={170 + (r.volunteers === null ? 2 : v) + 8} y={15}>
              {r.volunteers === null ? hidden : `${r.volunteers} · ${percent(r.volunteerShare)}`}
            </text>
            <rect
              className={styles.service}
              x={170}
              y={22}
              height={12}
              width={r.serviceShare === null ? 2 : s}
              rx={2}
            />
            <text className={styles.label} x={170 + (r.serviceShare === null ? 2 : s) + 8} y={34}>
              {r.serviceShare === null ? "" : `${serviceWord} ${percent(r.serviceShare)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

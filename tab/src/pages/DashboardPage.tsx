import {
  Badge,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title1,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AnswerOf } from "../../../bot/src/contracts/api";
import { ROADMAP_STATUSES } from "../../../bot/src/domain/roadmap";
import { useResource } from "../api/useResource";
import { AppLink } from "../components/AppLink";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";
import { ActionProgress } from "../poster/ActionProgress";
import { problemText } from "../poster/problemText";
import { StatusChart } from "../poster/StatusChart";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  overview: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXL, alignItems: "flex-start" },
  values: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  progressCell: { minWidth: "160px" },
});

export function DashboardPage() {
  const styles = useStyles();
  const t = useT();
  usePageTitle(t("page.dashboard"));
  const [service, setService] = useState("");
  const [status, setStatus] = useState("");
  const [owner, setOwner] = useState("");
  const query = new URLSearchParams({
    ...(service ? { service } : {}),
    ...(status ? { status } : {}),
    ...(owner ? { owner } : {}),
  }).toString();
  // The filters are the route's query string, which the API table does not type: read by path.
  const loaded = useResource<AnswerOf<"GET /api/dashboard">>(`/api/dashboard${query ? `?${query}` : ""}`);
  // Keep the last lists while a new filter loads, so the selects do not flicker away.
  const [lists, setLists] = useState<{ services: readonly string[]; owners: readonly string[] }>({
    services: [],
    owners: [],
  });
  if (
    loaded.status === "ready" &&
    (lists.services !== loaded.data.services || lists.owners !== loaded.data.owners) &&
    (lists.services.length !== loaded.data.services.length || lists.owners.length !== loaded.data.owners.length)
  ) {
    setLists({ services: loaded.data.services, owners: loaded.data.owners });
  }

  return (
    <div className={styles.page}>
      <Title1 as="h1">{t("page.dashboard")}</Title1>
      <section className={styles.filters} aria-label={t("roadmap.dash.filters")}>
        <Field label={t("roadmap.dash.service")}>
          <Select value={service} onChange={(_, d) => setService(d.value)} data-testid="filter-service">
            <option value="">{t("roadmap.dash.all")}</option>
            {lists.services.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("roadmap.dash.status")}>
          <Select value={status} onChange={(_, d) => setStatus(d.value)} data-testid="filter-status">
            <option value="">{t("roadmap.dash.all")}</option>
            {ROADMAP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`roadmap.status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("roadmap.dash.owner")}>
          <Select value={owner} onChange={(_, d) => setOwner(d.value)} data-testid="filter-owner">
            <option value="">{t("roadmap.dash.all")}</option>
            {lists.owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </Select>
        </Field>
      </section>
      {loaded.status === "loading" && <Spinner label={t("roadmap.dash.loading")} />}
      {loaded.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{problemText(loaded.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {loaded.status === "ready" && (
        <>
          <section className={styles.overview} aria-labelledby="dashboard-overview">
            <div>
              <h2 id="dashboard-overview">{t("roadmap.dash.overview")}</h2>
              <Text data-testid="dashboard-totals">
                {t("roadmap.dash.totals", {
                  services: String(loaded.data.rows.length),
                  actions: String(loaded.data.totals.total),
                  overdue: String(loaded.data.totals.overdue),
                })}
              </Text>
              {loaded.data.totals.meanProgress !== null && (
                <ActionProgress progress={loaded.data.totals.meanProgress} label={t("roadmap.dash.meanProgress")} />
              )}
            </div>
            <StatusChart summary={loaded.data.totals} />
          </section>
          <section aria-labelledby="dashboard-values">
            <h2 id="dashboard-values">{t("roadmap.dash.values")}</h2>
            <Text as="p">{t("roadmap.dash.valuesHint")}</Text>
            <ul className={styles.values} data-testid="common-values">
              {loaded.data.commonValues.slice(0, 20).map((v) => (
                <li key={v.key}>
                  <Badge appearance="tint" size="large">
                    {t("roadmap.dash.value", { text: v.text, count: String(v.campaignCount) })}
                  </Badge>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="dashboard-services">
            <h2 id="dashboard-services">{t("roadmap.dash.services")}</h2>
            <Table aria-labelledby="dashboard-services" size="small" data-testid="dashboard-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("roadmap.dash.col.service")}</TableHeaderCell>
                  <TableHeaderCell>{t("roadmap.dash.col.actions")}</TableHeaderCell>
                  <TableHeaderCell>{t("roadmap.dash.col.done")}</TableHeaderCell>
                  <TableHeaderCell>{t("roadmap.dash.col.overdue")}</TableHeaderCell>
                  <TableHeaderCell>{t("roadmap.dash.col.progress")}</TableHeaderCell>
                  <TableHeaderCell>{t("roadmap.dash.col.links")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {loaded.data.rows.map((r) => (
                  <TableRow key={r.campaignId}>
                    <TableCell>{r.name}</TableCell>
                    <TableCell>{r.summary.total}</TableCell>
                    <TableCell>{r.summary.byStatus.done}</TableCell>
                    <TableCell>{r.summary.overdue}</TableCell>
                    <TableCell className={styles.progressCell}>
                      <ProgressBar
                        value={(r.summary.meanProgress ?? 0) / 100}
                        aria-label={t("roadmap.dash.progressOf", {
                          name: r.name,
                          progress: String(r.summary.meanProgress ?? 0),
                        })}
                      />
                      <Text size={200}>{r.summary.meanProgress === null ? "—" : `${r.summary.meanProgress} %`}</Text>
                    </TableCell>
                    <TableCell>
                      <AppLink to={paths.campaignPage("poster", r.campaignId)}>{t("roadmap.dash.poster")}</AppLink>
                      {" · "}
                      <AppLink to={paths.campaignPage("roadmap", r.campaignId)}>{t("roadmap.dash.roadmap")}</AppLink>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        </>
      )}
    </div>
  );
}

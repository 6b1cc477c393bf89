import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../api/ApiError";
import { errorText } from "../components/errorText";
import type { MessageKey } from "../i18n/fr";
import { useLocale, useT } from "../i18n/I18nProvider";
import { BalanceChart } from "./BalanceChart";
import { useProfileText } from "./panelText";
import type { UsagerListItem, UsagerPanelView } from "./recruitmentTypes";
import { UsagerPanelSelector } from "./UsagerPanelSelector";
import { UsagerRegisterForm } from "./UsagerRegisterForm";
import type { RecruitmentApi } from "./useRecruitmentApi";

type State = { status: "loading" } | { status: "error"; error: ApiError } | { status: "ready"; view: UsagerPanelView };

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalL },
  details: { color: tokens.colorNeutralForeground2 },
});

function UsagerLine({ usager, formatDate }: { usager: UsagerListItem; formatDate: (iso: string) => string }) {
  const styles = useStyles();
  const t = useT();
  const profileText = useProfileText();
  const details = [
    t(`usagers.status.${usager.status}` as MessageKey),
    ...(usager.selected ? [t("usagers.list.selected")] : []),
    ...(usager.profile ? [profileText(usager.profile)] : []),
    usager.contact
      ? t("usagers.list.contact", { contact: usager.contact })
      : t(usager.hasContact ? "usagers.list.contactLeft" : "usagers.list.noContact"),
    usager.linkExpiresAt
      ? t("usagers.list.linkUntil", { date: formatDate(usager.linkExpiresAt) })
      : t("usagers.list.inPerson"),
    ...(usager.mixedAnswer ? [t(usager.mixedAnswer === "yes" ? "usagers.list.mixedYes" : "usagers.list.mixedNo")] : []),
  ];
  return (
    <li>
      <strong>{usager.name}</strong> <span className={styles.details}>— {details.join(" · ")}</span>
    </li>
  );
}

/**
 * Workshop 2 for the coordinator: who was proposed and who answered, in-person registration, the
 * accepted usagers per criterion, and the proposed panel to adjust and confirm.
 */
export function UsagerSection({ campaignId, api }: { campaignId: string; api: RecruitmentApi }) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<State>({ status: "loading" });
  const path = `/api/campaigns/${encodeURIComponent(campaignId)}/usagers`;
  const formatDate = useCallback(
    (iso: string) =>
      new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
        dateStyle: "long",
        timeZone: "Europe/Paris",
      }).format(new Date(iso)),
    [locale],
  );

  // Reloads keep the current view on screen (no spinner), so the forms' messages stay visible.
  const load = useCallback(
    () =>
      api.json<UsagerPanelView>("GET", path).then(
        (view): State => ({ status: "ready", view }),
        (error: unknown): State => ({
          status: "error",
          error: error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined),
        }),
      ),
    [api, path],
  );
  useEffect(() => {
    let live = true;
    void load().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [load]);
  const reload = () => void load().then(setState);

  if (state.status === "loading") return <Spinner label={t("usagers.loading")} />;
  if (state.status === "error")
    return (
      <section aria-labelledby="usagers-title">
        <h2 id="usagers-title">{t("usagers.title")}</h2>
        <p role="alert">{errorText(state.error, t)}</p>
      </section>
    );
  const { view } = state;
  return (
    <section aria-labelledby="usagers-title">
      <h2 id="usagers-title">{t("usagers.title")}</h2>
      <p>{t("usagers.intro")}</p>
      <h3>{t("usagers.list.title")}</h3>
      {view.usagers.length === 0 ? (
        <p>{t("usagers.empty")}</p>
      ) : (
        <>
          <p>{t("usagers.counts", { total: String(view.usagers.length), accepted: String(view.acceptedCount) })}</p>
          <ul className={styles.list}>
            {view.usagers.map((u) => (
              <UsagerLine key={u.id} usager={u} formatDate={formatDate} />
            ))}
          </ul>
        </>
      )}
      {view.canConfirm ? <UsagerRegisterForm campaignId={campaignId} api={api} onRegistered={reload} /> : null}
      <h3>{t("usagers.balance.title")}</h3>
      {view.acceptedCount === 0 ? (
        <p>{t("usagers.balance.none")}</p>
      ) : (
        <>
          <p>{t("usagers.balance.note")}</p>
          {view.breakdown.map((b) => (
            <figure key={b.dimension} style={{ margin: 0 }}>
              <figcaption>
                <h4>{t(`recruitment.dimension.${b.dimension}` as MessageKey)}</h4>
              </figcaption>
              <BalanceChart breakdown={b} />
            </figure>
          ))}
        </>
      )}
      {/* A new accepted usager changes the proposal: start the checklist again from it. */}
      <UsagerPanelSelector
        key={view.acceptedCount}
        view={view}
        api={api}
        onConfirmed={reload}
        formatDate={formatDate}
      />
    </section>
  );
}

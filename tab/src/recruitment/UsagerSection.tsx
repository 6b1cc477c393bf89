import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import type { UsagerListItemDto } from "../../../bot/src/contracts/recruitmentDtos";
import { useEndpoint } from "../api/useResource";
import { errorText } from "../components/errorText";
import type { MessageKey } from "../i18n/fr";
import { useLocale, useT } from "../i18n/I18nProvider";
import { BalanceChart } from "./BalanceChart";
import { useProfileText } from "./panelText";
import { UsagerPanelSelector } from "./UsagerPanelSelector";
import { UsagerRegisterForm } from "./UsagerRegisterForm";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalL },
  details: { color: tokens.colorNeutralForeground2 },
});

function UsagerLine({ usager, formatDate }: { usager: UsagerListItemDto; formatDate: (iso: string) => string }) {
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
export function UsagerSection({ campaignId }: { campaignId: string }) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  // Reloads keep the current view on screen (no spinner), so the forms' messages stay visible.
  const usagers = useEndpoint("GET /api/campaigns/:campaignId/usagers", { campaignId });
  const formatDate = useCallback(
    (iso: string) =>
      new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
        dateStyle: "long",
        timeZone: "Europe/Paris",
      }).format(new Date(iso)),
    [locale],
  );

  const reload = usagers.reload;

  if (usagers.status === "loading") return <Spinner label={t("usagers.loading")} />;
  if (usagers.status === "error")
    return (
      <section aria-labelledby="usagers-title">
        <h2 id="usagers-title">{t("usagers.title")}</h2>
        <p role="alert">{errorText(usagers.error, t)}</p>
      </section>
    );
  const view = usagers.data;
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
      {view.canConfirm ? <UsagerRegisterForm campaignId={campaignId} onRegistered={reload} /> : null}
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
      <UsagerPanelSelector key={view.acceptedCount} view={view} onConfirmed={reload} formatDate={formatDate} />
    </section>
  );
}

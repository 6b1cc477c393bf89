import type { ConfirmationViewDto } from "../../../../bot/src/contracts/recruitmentDtos";
import { useLocale, usePublicT } from "../../i18n/I18nProvider";
import { Alert } from "../ui";

/** The usager panel's outcome, told on the usager's own link since they have no Teams to be messaged in. */
export function SelectionOutcome({ selection }: { selection: NonNullable<ConfirmationViewDto["selection"]> }) {
  const t = usePublicT();
  const locale = useLocale();
  if (!selection.selected) return <Alert intent="info">{t("usagers.confirm.notSelected")}</Alert>;
  const date = selection.workshopAt
    ? new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: "Europe/Paris",
      }).format(new Date(selection.workshopAt))
    : undefined;
  return (
    <Alert intent="success">
      <strong>{t("usagers.confirm.selectedTitle")}</strong>
      <br />
      {date ? t("usagers.confirm.when", { date }) : t("usagers.confirm.whenUnknown")}
      {selection.meetingUrl ? (
        <>
          <br />
          <a href={selection.meetingUrl} target="_blank" rel="noreferrer noopener">
            {t("usagers.confirm.join")}
          </a>
        </>
      ) : null}
    </Alert>
  );
}

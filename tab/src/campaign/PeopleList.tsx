import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { InvolvedPersonDto } from "../../../bot/src/contracts/campaignProgress";
import { ApiError } from "../api/ApiError";
import { useApi } from "../api/ApiProvider";
import { errorText } from "../components/errorText";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { useLocale, useT } from "../i18n/I18nProvider";
import { erasureSummary } from "./erasureSummary";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  who: { flexGrow: 1, minWidth: "160px", display: "flex", flexDirection: "column" },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/**
 * Everyone the campaign involves, as a list that reads well on a phone. Export downloads what the
 * app holds about one person (right of access); erase asks first, then shows a receipt.
 */
export function PeopleList({
  campaignId,
  people,
  onErased,
}: {
  campaignId: string;
  people: readonly InvolvedPersonDto[];
  onErased: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const api = useApi();
  const [erasing, setErasing] = useState<InvolvedPersonDto>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const person = (p: InvolvedPersonDto) => ({ campaignId, personId: p.personId });
  const fail = (error: unknown) =>
    setNotice({
      intent: "error",
      text: errorText(error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined), t),
    });

  const exportOne = async (p: InvolvedPersonDto) => {
    setBusy(true);
    try {
      const data = await api.call("GET /api/campaigns/:campaignId/people/:personId", person(p));
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `export-${p.personId}.json`;
      a.click();
      URL.revokeObjectURL(url);
      setNotice({ intent: "success", text: t("people.export.done", { name: p.name }) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const eraseOne = async (p: InvolvedPersonDto) => {
    setBusy(true);
    try {
      const answer = await api.call("DELETE /api/campaigns/:campaignId/people/:personId", person(p));
      // The receipt's time is the server's, the one its records and logs carry.
      const date = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
        dateStyle: "long",
        timeStyle: "short",
      }).format(new Date(answer.erasedAt));
      setNotice({
        intent: "success",
        text: t("people.erase.receipt", {
          name: p.name,
          date,
          summary: erasureSummary(answer.erased, t),
        }),
      });
      onErased();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="people-title">
      <Title2 as="h2" id="people-title">
        {t("people.list.title")}
      </Title2>
      <Text>{t("people.list.intro")}</Text>
      <NoticeBar notice={notice} testId="people-notice" />
      <ul className={styles.list} data-testid="people">
        {people.map((p) => (
          <li key={`${p.kind}-${p.personId}`} className={styles.row} data-person={p.personId} data-kind={p.kind}>
            <span className={styles.who}>
              <Text weight="semibold">{p.name}</Text>
              <Text className={styles.meta}>
                {[
                  p.role ? t(`campaign.role.${p.role}`) : t(`people.kind.${p.kind}`),
                  ...p.statuses.map((s) => t(`people.status.${s}`)),
                ].join(" · ")}
              </Text>
            </span>
            <span className={styles.actions}>
              <Button
                size="small"
                disabled={busy}
                onClick={() => void exportOne(p)}
                aria-label={`${t("people.export")} — ${p.name}`}
              >
                {t("people.export")}
              </Button>
              <Button
                size="small"
                disabled={busy}
                onClick={() => setErasing(p)}
                aria-label={`${t("people.erase")} — ${p.name}`}
                data-testid="erase"
              >
                {t("people.erase")}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <Dialog open={erasing !== undefined} onOpenChange={(_e, data) => !data.open && setErasing(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{erasing ? t("people.erase.confirmTitle", { name: erasing.name }) : ""}</DialogTitle>
            <DialogContent>{t("people.erase.confirmBody")}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                data-testid="confirm-erase"
                onClick={() => {
                  if (erasing) void eraseOne(erasing);
                  setErasing(undefined);
                }}
              >
                {t("people.erase")}
              </Button>
              <Button onClick={() => setErasing(undefined)}>{t("campaign.confirm.no")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

import { ApiProvider } from "../../api/ApiProvider";
import { CardView } from "../../cards/CardView";
import { usePageTitle } from "../../components/usePageTitle";
import { useLocale, usePublicT } from "../../i18n/I18nProvider";
import { useDeviceClient, useJoin, type DeviceToken } from "../join/useJoin";
import { Alert, Spinner } from "../ui";

/** /join/<code>: a usager without Teams takes part from a phone, no account, no name. */
export function JoinPage({ code }: { code: string }) {
  const { api, device } = useDeviceClient(code);
  return (
    <ApiProvider client={api}>
      <JoinView code={code} device={device} />
    </ApiProvider>
  );
}

function JoinView({ code, device }: { code: string; device: DeviceToken }) {
  const t = usePublicT();
  usePageTitle(t("workshop.join.title"));
  const locale = useLocale();
  const { card, error, answers, busy, act } = useJoin(code, device);
  return (
    <section className="ve-page" aria-busy={busy}>
      <h1>{t("workshop.join.title")}</h1>
      <p>{t("workshop.join.intro")}</p>
      {error && <Alert intent="error">{error.userMessage ?? t("error.network")}</Alert>}
      {!card && !error && <Spinner label={t("workshop.join.connecting")} />}
      {card !== undefined && (
        <div className="ve-join-card">
          <CardView
            card={card}
            label={t("workshop.join.cardLabel")}
            onExecute={({ verb, data }) => void act(verb, data)}
          />
        </div>
      )}
      {answers !== undefined && (
        <p data-testid="answers-count">
          {t(
            new Intl.PluralRules(locale).select(answers) === "one" ? "workshop.answers.one" : "workshop.answers.other",
            {
              count: String(answers),
            },
          )}
        </p>
      )}
      <div aria-live="polite">{busy ? t("workshop.join.sending") : ""}</div>
    </section>
  );
}

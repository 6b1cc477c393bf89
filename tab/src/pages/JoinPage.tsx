import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { usePageTitle } from "../components/usePageTitle";
import { useLocale, useT } from "../i18n/I18nProvider";
import { AdaptiveCardView } from "../workshop/AdaptiveCardView";
import { ApiProvider } from "../api/ApiProvider";
import { useDeviceClient, useJoin, type DeviceToken } from "../workshop/useJoin";

const useStyles = makeStyles({
  // A web address or a long word breaks anywhere rather than widening the page past a phone's screen.
  root: {
    maxWidth: "640px",
    margin: "0 auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
  },
  card: {
    backgroundColor: "#FFFFFF",
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalM,
    boxShadow: tokens.shadow4,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

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
  const t = useT();
  const styles = useStyles();
  usePageTitle(t("workshop.join.title"));
  const locale = useLocale();
  const { card, error, answers, busy, act } = useJoin(code, device);
  return (
    <section className={styles.root} aria-busy={busy}>
      <h1>{t("workshop.join.title")}</h1>
      <Text>{t("workshop.join.intro")}</Text>
      {error && (
        <Text role="alert" className={styles.error}>
          {error.userMessage ?? t("error.network")}
        </Text>
      )}
      {!card && !error && <Spinner label={t("workshop.join.connecting")} />}
      {card !== undefined && (
        <div className={styles.card}>
          <AdaptiveCardView
            card={card}
            label={t("workshop.join.cardLabel")}
            onExecute={({ verb, data }) => void act(verb, data)}
          />
        </div>
      )}
      {answers !== undefined && (
        <Text data-testid="answers-count">
          {t(
            new Intl.PluralRules(locale).select(answers) === "one" ? "workshop.answers.one" : "workshop.answers.other",
            {
              count: String(answers),
            },
          )}
        </Text>
      )}
      <div aria-live="polite">{busy ? t("workshop.join.sending") : ""}</div>
    </section>
  );
}

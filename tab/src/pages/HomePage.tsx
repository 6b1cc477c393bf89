import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Title1,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useEndpoint } from "../api/useResource";
import { AppLink } from "../components/AppLink";
import { CampaignCard } from "../components/CampaignCard";
import { errorText } from "../components/errorText";
import { MethodSteps } from "../components/MethodSteps";
import { usePageTitle } from "../components/usePageTitle";
import { useT } from "../i18n/I18nProvider";
import { paths } from "../router/routes";

const useStyles = makeStyles({
  intro: { display: "block", maxWidth: "70ch", fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  section: {
    alignSelf: "stretch",
    marginTop: tokens.spacingVerticalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(300px, 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  empty: {
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    maxWidth: "640px",
  },
  // A link styled as the page's main action: it navigates, so it is a link for assistive tech.
  newCampaign: {
    display: "inline-block",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: "none",
    ":hover": {
      backgroundColor: tokens.colorBrandBackgroundHover,
      color: tokens.colorNeutralForegroundOnBrand,
      textDecorationLine: "none",
    },
  },
  emptyTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

function CampaignList() {
  const t = useT();
  const styles = useStyles();
  const state = useEndpoint("GET /api/campaigns", {});

  if (state.status === "loading") {
    return <Spinner size="small" labelPosition="after" label={t("home.list.loading")} />;
  }
  if (state.status === "error") {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="campaigns-error">
        <MessageBarBody>
          <MessageBarTitle>{t("home.list.error")}</MessageBarTitle>
          {errorText(state.error, t)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={state.reload}>{t("home.list.retry")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const { campaigns } = state.data;
  if (campaigns.length === 0) {
    return (
      <div className={styles.empty} data-testid="campaigns-empty">
        <Text as="p" className={styles.emptyTitle}>
          {t("home.list.empty.title")}
        </Text>
        <Text as="p">{t("home.list.empty.body")}</Text>
      </div>
    );
  }
  return (
    <ul className={styles.list} data-testid="campaign-list">
      {campaigns.map((campaign) => (
        <li key={campaign.id}>
          <CampaignCard campaign={campaign} />
        </li>
      ))}
    </ul>
  );
}

export function HomePage() {
  const t = useT();
  const styles = useStyles();
  usePageTitle(t("home.title"));
  return (
    <>
      <Title1 as="h1">{t("home.title")}</Title1>
      <Text as="p" className={styles.intro}>
        {t("home.intro")}
      </Text>
      <section className={styles.section} aria-labelledby="method-title">
        <Title2 as="h2" id="method-title">
          {t("home.method.title")}
        </Title2>
        <MethodSteps />
      </section>
      <section className={styles.section} aria-labelledby="campaigns-title">
        <Title2 as="h2" id="campaigns-title">
          {t("home.list.title")}
        </Title2>
        <div>
          <AppLink to={paths.setup()} className={styles.newCampaign}>
            {t("setup.home.new")}
          </AppLink>
        </div>
        <CampaignList />
      </section>
    </>
  );
}

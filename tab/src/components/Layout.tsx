import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, type ReactNode } from "react";
import { useEndpoint } from "../api/useResource";
import { useT } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import type { MeDto } from "../../../bot/src/contracts/coreApi";
import { isPublicRoute, matchRoute, paths } from "../router/routes";
import { useRouter } from "../router/Router";
import { useHost } from "../teams/HostProvider";
import { AppLink } from "./AppLink";
import { LanguageSwitch } from "./LanguageSwitch";

// Only staff pages on a local-mode server show it (with its identity picker): usager pages do not download it.
const LocalModeBanner = lazy(() => import("./LocalModeBanner").then((m) => ({ default: m.LocalModeBanner })));

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  skipLink: {
    position: "absolute",
    left: tokens.spacingHorizontalM,
    top: "-100px",
    zIndex: 10,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
    ":focus": { top: tokens.spacingVerticalS, outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  header: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerInner: {
    maxWidth: "1100px",
    boxSizing: "border-box",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    rowGap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalXL,
  },
  brand: { display: "flex", flexDirection: "column" },
  brandName: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "none",
    ":hover": { textDecorationLine: "underline", color: tokens.colorNeutralForeground1 },
  },
  tools: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalL },
  nav: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  navList: {
    listStyleType: "none",
    margin: "0 auto",
    maxWidth: "1100px",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXL,
  },
  navLink: {
    display: "inline-block",
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: "none",
    ":hover": { color: tokens.colorNeutralForeground1, textDecorationLine: "none" },
  },
  navLinkCurrent: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorBrandStroke1,
  },
  banner: {
    maxWidth: "1100px",
    boxSizing: "border-box",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalM}`,
  },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalM,
    width: "100%",
    maxWidth: "1100px",
    boxSizing: "border-box",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXXXL}`,
    ":focus": { outlineStyle: "none" },
  },
  // The meeting side panel is 320 px wide: a line for the app's name, the rest for the console.
  compactHeaderInner: {
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  compactName: { fontWeight: tokens.fontWeightSemibold },
  sidePanelMain: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXL}` },
  // The meeting stage is the room's shared screen: all of it for the page, read from afar.
  stageMain: {
    maxWidth: "none",
    alignItems: "stretch",
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    fontSize: "1.25rem",
  },
  footer: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  footerInner: {
    maxWidth: "1100px",
    boxSizing: "border-box",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXL,
  },
});

/** Who the server says is signed in; undefined on public pages, and while or if /api/me fails. */
function useMe(skip: boolean): MeDto | undefined {
  // A courtesy: if /api/me fails the pages still work, so the error is not shown.
  const me = useEndpoint("GET /api/me", skip ? null : {});
  return me.status === "ready" ? me.data : undefined;
}

export function Layout({
  onLocaleChange,
  children,
}: {
  onLocaleChange: (locale: Locale) => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const t = useT();
  const host = useHost();
  const { pathname } = useRouter();
  const publicPage = isPublicRoute(matchRoute(pathname));
  // In a meeting the frame is Teams' own chrome: no navigation, footer or local-mode banner there.
  const onStage = host.frame === "meetingStage";
  const inSidePanel = host.frame === "sidePanel";
  const me = useMe(publicPage || onStage || inSidePanel);
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After an in-app navigation, move focus to the new content so screen readers announce it.
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = "";
      mainRef.current?.focus();
    }
  }, [pathname]);

  const navItems = [
    { to: paths.home(), label: t("layout.nav.home") },
    { to: paths.dashboard(), label: t("layout.nav.dashboard") },
    { to: paths.accessibility(), label: t("layout.nav.accessibility") },
  ];

  const main = (
    <main
      id="main"
      ref={mainRef}
      tabIndex={-1}
      className={mergeClasses(styles.main, inSidePanel && styles.sidePanelMain, onStage && styles.stageMain)}
    >
      {children}
    </main>
  );
  if (onStage) return <div className={styles.root}>{main}</div>;
  if (inSidePanel)
    return (
      <div className={styles.root}>
        <header className={styles.header}>
          <div className={styles.compactHeaderInner}>
            <Text size={200} className={styles.compactName}>
              {t("app.name")}
            </Text>
          </div>
        </header>
        {main}
      </div>
    );

  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skipLink}>
        {t("layout.skipToContent")}
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <div className={styles.brand}>
            {publicPage ? (
              <Text className={styles.brandName}>{t("app.name")}</Text>
            ) : (
              <AppLink to={paths.home()} className={styles.brandName}>
                {t("app.name")}
              </AppLink>
            )}
            <Text size={200}>{t("app.tagline")}</Text>
          </div>
          <div className={styles.tools}>
            {me && <Text size={300}>{t("layout.signedInAs", { name: me.user.name })}</Text>}
            {host.mode === "local" && <LanguageSwitch onChange={onLocaleChange} />}
          </div>
        </div>
        {publicPage ? null : (
          <nav aria-label={t("layout.navLabel")} className={styles.nav}>
            <ul className={styles.navList}>
              {navItems.map((item) => {
                const current = item.to === "/" ? pathname === "/" : pathname.startsWith(item.to);
                return (
                  <li key={item.to}>
                    <AppLink
                      to={item.to}
                      className={mergeClasses(styles.navLink, current && styles.navLinkCurrent)}
                      aria-current={current ? "page" : undefined}
                    >
                      {item.label}
                    </AppLink>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        {/* Only when the server runs in local mode: in production, outside Teams, nobody is signed in locally. */}
        {me?.mode === "local" && (
          <div className={styles.banner}>
            <Suspense fallback={null}>
              <LocalModeBanner me={me} />
            </Suspense>
          </div>
        )}
      </header>
      {main}
      <footer className={styles.footer}>
        <div className={styles.footerInner}>
          <AppLink to={paths.accessibility()}>{t("layout.footer.accessibility")}</AppLink>
        </div>
      </footer>
    </div>
  );
}

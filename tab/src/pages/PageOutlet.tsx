import { Suspense, type ReactElement } from "react";
import { matchRoute, type Route } from "../router/routes";
import { useRouter } from "../router/Router";
import { lazyPage, type LazyPage } from "./lazyPage";

// Each page is its own chunk, fetched when first shown. A new page is one line here and one case below.
// The usagers' pages are not here: they are a separate app (tab/src/public/, served as public-<page>.html).
const AccessibilityPage = lazyPage(() => import("./AccessibilityPage").then((m) => m.AccessibilityPage));
const CampaignPage = lazyPage(() => import("./CampaignPage").then((m) => m.CampaignPage));
const CampaignSetupPage = lazyPage(() => import("./CampaignSetupPage").then((m) => m.CampaignSetupPage));
const ConfigPage = lazyPage(() => import("./ConfigPage").then((m) => m.ConfigPage));
const RecruitmentPage = lazyPage(() => import("./RecruitmentPage").then((m) => m.RecruitmentPage));
const ConsolePage = lazyPage(() => import("./ConsolePage").then((m) => m.ConsolePage));
const DashboardPage = lazyPage(() => import("./DashboardPage").then((m) => m.DashboardPage));
const HomePage = lazyPage(() => import("./HomePage").then((m) => m.HomePage));
const UsagerPage = lazyPage(() => import("./UsagerPage").then((m) => m.UsagerPage));
const NotFoundPage = lazyPage(() => import("./NotFoundPage").then((m) => m.NotFoundPage));
const PeoplePage = lazyPage(() => import("./PeoplePage").then((m) => m.PeoplePage));
const PosterPage = lazyPage(() => import("./PosterPage").then((m) => m.PosterPage));
const RoadmapPage = lazyPage(() => import("./RoadmapPage").then((m) => m.RoadmapPage));
const StagePage = lazyPage(() => import("./StagePage").then((m) => m.StagePage));
const WorkshopSettingsPage = lazyPage(() => import("./WorkshopSettingsPage").then((m) => m.WorkshopSettingsPage));

export function PageOutlet() {
  const { pathname } = useRouter();
  // No fallback: the layout is already on screen and a page chunk is small, so a spinner would only
  // flash; the first page is preloaded and does not suspend at all.
  return <Suspense fallback={null}>{pageFor(matchRoute(pathname))}</Suspense>;
}

/** Starts fetching the chunk of the page at this address (main.tsx, while the app starts). */
export function preloadPage(pathname: string): Promise<void> {
  return (pageFor(matchRoute(pathname)).type as LazyPage<object>).preload();
}

/** A plain function (no hooks), so that preloadPage can ask it which page an address shows. */
function pageFor(route: Route): ReactElement {
  switch (route.page) {
    case "home":
      return <HomePage />;
    case "setup":
      return (
        <CampaignSetupPage
          key={route.campaignId ?? "new"}
          {...(route.campaignId === undefined ? {} : { campaignId: route.campaignId })}
        />
      );
    case "config":
      return <ConfigPage />;
    case "poster":
      return <PosterPage key={route.campaignId} campaignId={route.campaignId} />;
    case "roadmap":
      return <RoadmapPage key={route.campaignId} campaignId={route.campaignId} />;
    case "console":
      return <ConsolePage key={route.campaignId} campaignId={route.campaignId} />;
    case "stage":
      return <StagePage key={route.campaignId} campaignId={route.campaignId} />;
    case "recruitment":
      return <RecruitmentPage key={route.campaignId} campaignId={route.campaignId} />;
    case "settings":
      return <WorkshopSettingsPage key={route.campaignId} campaignId={route.campaignId} />;
    case "campaign":
      return <CampaignPage key={route.campaignId} campaignId={route.campaignId} />;
    case "people":
      return <PeoplePage key={route.campaignId} campaignId={route.campaignId} />;
    case "confirm":
    case "follow":
    case "join":
      return <UsagerPage />;
    case "dashboard":
      return <DashboardPage />;
    case "accessibility":
      return <AccessibilityPage />;
    case "notFound":
      return <NotFoundPage />;
  }
}

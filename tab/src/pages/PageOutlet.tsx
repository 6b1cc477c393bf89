import { lazy, Suspense } from "react";
import { matchRoute, type Route } from "../router/routes";
import { useRouter } from "../router/Router";

// Each page is its own chunk, fetched when first shown: an usager's phone opening /join or /confirm
// does not download the staff pages, their tables or the Adaptive Cards renderer of another page.
// A new page is one line here and one case below.
const AccessibilityPage = lazy(() => import("./AccessibilityPage").then((m) => ({ default: m.AccessibilityPage })));
const CampaignPage = lazy(() => import("./CampaignPage").then((m) => ({ default: m.CampaignPage })));
const CampaignSetupPage = lazy(() => import("./CampaignSetupPage").then((m) => ({ default: m.CampaignSetupPage })));
const ConfigPage = lazy(() => import("./ConfigPage").then((m) => ({ default: m.ConfigPage })));
const ConfirmPage = lazy(() => import("./ConfirmPage").then((m) => ({ default: m.ConfirmPage })));
const FollowPage = lazy(() => import("./FollowPage").then((m) => ({ default: m.FollowPage })));
const RecruitmentPage = lazy(() => import("./RecruitmentPage").then((m) => ({ default: m.RecruitmentPage })));
const ConsolePage = lazy(() => import("./ConsolePage").then((m) => ({ default: m.ConsolePage })));
const DashboardPage = lazy(() => import("./DashboardPage").then((m) => ({ default: m.DashboardPage })));
const HomePage = lazy(() => import("./HomePage").then((m) => ({ default: m.HomePage })));
const JoinPage = lazy(() => import("./JoinPage").then((m) => ({ default: m.JoinPage })));
const NotFoundPage = lazy(() => import("./NotFoundPage").then((m) => ({ default: m.NotFoundPage })));
const PeoplePage = lazy(() => import("./PeoplePage").then((m) => ({ default: m.PeoplePage })));
const PosterPage = lazy(() => import("./PosterPage").then((m) => ({ default: m.PosterPage })));
const RoadmapPage = lazy(() => import("./RoadmapPage").then((m) => ({ default: m.RoadmapPage })));
const StagePage = lazy(() => import("./StagePage").then((m) => ({ default: m.StagePage })));
const WorkshopSettingsPage = lazy(() => import("./WorkshopSettingsPage").then((m) => ({ default: m.WorkshopSettingsPage })));

export function PageOutlet() {
  const { pathname } = useRouter();
  // No fallback: the layout is already on screen and a page chunk is small, so a spinner would only flash.
  return (
    <Suspense fallback={null}>
      <RoutePage route={matchRoute(pathname)} />
    </Suspense>
  );
}

function RoutePage({ route }: { route: Route }) {
  switch (route.page) {
    case "home":
      return <HomePage />;
    case "setup":
      return <CampaignSetupPage key={route.campaignId ?? "new"} {...(route.campaignId === undefined ? {} : { campaignId: route.campaignId })} />;
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
      return <ConfirmPage key={route.token} token={route.token} />;
    case "follow":
      return <FollowPage key={route.token} token={route.token} />;
    case "join":
      return <JoinPage key={route.code} code={route.code} />;
    case "dashboard":
      return <DashboardPage />;
    case "accessibility":
      return <AccessibilityPage />;
    case "notFound":
      return <NotFoundPage />;
  }
}

import { matchRoute } from "../router/routes";
import { useRouter } from "../router/Router";
import { AccessibilityPage } from "./AccessibilityPage";
import { CampaignSetupPage } from "./CampaignSetupPage";
import { ConfigPage } from "./ConfigPage";
import { ConfirmPage } from "./ConfirmPage";
import { FollowPage } from "./FollowPage";
import { RecruitmentPage } from "./RecruitmentPage";
import { ConsolePage } from "./ConsolePage";
import { DashboardPage } from "./DashboardPage";
import { HomePage } from "./HomePage";
import { JoinPage } from "./JoinPage";
import { NotFoundPage } from "./NotFoundPage";
import { PosterPage } from "./PosterPage";
import { RoadmapPage } from "./RoadmapPage";
import { StagePage } from "./StagePage";
import { WorkshopSettingsPage } from "./WorkshopSettingsPage";

export function PageOutlet() {
  const { pathname } = useRouter();
  const route = matchRoute(pathname);
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

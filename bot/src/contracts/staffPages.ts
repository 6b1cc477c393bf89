/**
 * The staff app's pages, by the first segment of their address, and the module under tab/src/pages/
 * that draws each (tab/src/pages/PageOutlet.tsx lazily imports the same modules).
 *
 * tab/build.mjs writes one page-<name>.html per entry, naming the page's chunk and everything it
 * imports beside the app's own scripts, and the server answers each address with its file: the
 * browser asks for all of them at once, instead of discovering the page's chunks one round trip
 * after another once the app has started (three or four round trips of 150 ms on a phone's 4G).
 */
export const STAFF_PAGES = {
  home: "HomePage",
  setup: "CampaignSetupPage",
  config: "ConfigPage",
  poster: "PosterPage",
  roadmap: "RoadmapPage",
  console: "ConsolePage",
  stage: "StagePage",
  recruitment: "RecruitmentPage",
  settings: "WorkshopSettingsPage",
  campaign: "CampaignPage",
  people: "PeoplePage",
  dashboard: "DashboardPage",
  accessibility: "AccessibilityPage",
} as const;
export type StaffPage = keyof typeof STAFF_PAGES;

/**
 * The page an address is likely to show, by its first segment ("/" is home), or undefined for one
 * that is not a staff page. Only a hint for preloading: the browser's router decides what is shown,
 * so an address it refuses (say /poster with no campaign) still gets a working page, with one
 * chunk fetched for nothing.
 */
export function staffPageOf(pathname: string): StaffPage | undefined {
  const first = /^\/([a-z]*)/.exec(pathname)?.[1];
  if (first === undefined) return undefined;
  const page = first === "" ? "home" : first;
  return page !== "home" || pathname === "/"
    ? (Object.keys(STAFF_PAGES) as StaffPage[]).find((p) => p === page)
    : undefined;
}

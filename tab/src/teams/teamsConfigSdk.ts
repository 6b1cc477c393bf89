// The Teams SDK's configuration calls: fetched only by the tab's configuration page (see teamsSdk.ts).
import { pages } from "@microsoft/teams-js";

export { pages };

// The Teams SDK's meeting calls, for stage sharing: fetched only in a meeting's side panel or stage (see teamsSdk.ts).
import { meeting } from "@microsoft/teams-js";

export { meeting };

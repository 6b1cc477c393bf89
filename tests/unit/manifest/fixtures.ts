import type { PackageSettings } from "../../../manifest/lib/appPackage.cjs";

/** Settings as package.mjs would read them; ids are arbitrary but well-formed. */
export const SETTINGS: PackageSettings = {
  teamsAppId: "11111111-2222-4333-8444-555555555555",
  botId: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
  publicHostname: "vivre-ensemble.example.fr",
  ssoAppId: "99999999-8888-4777-8666-555555555555",
  publisher: "Ville de Test",
  appVersion: "1.2.3",
};

/** The environment that produces SETTINGS. */
export const GOOD_ENV: Record<string, string> = {
  TEAMS_APP_ID: SETTINGS.teamsAppId,
  MicrosoftAppId: SETTINGS.botId,
  PUBLIC_HOSTNAME: SETTINGS.publicHostname,
  SSO_APP_ID: SETTINGS.ssoAppId,
  PUBLISHER_NAME: SETTINGS.publisher,
  APP_VERSION: SETTINGS.appVersion,
};

export const PACKAGE_VARIABLES = Object.keys(GOOD_ENV);

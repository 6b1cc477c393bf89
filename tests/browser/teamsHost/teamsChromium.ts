import { chromium, type Browser } from "playwright-core";
import { IMPOSTOR_HOSTNAME, TEAMS_HOSTNAME } from "../../support/teamsHost/teamsHostServer";
import { CHROMIUM_PATH } from "../support/launchChromium";

/**
 * A headless Chromium whose resolver sends teams.microsoft.com and the app's public host name to the
 * simulated host on loopback (the port is part of the rule, so URLs keep the default https port and
 * the origins are exactly Teams' and the app's), and anything else of Microsoft's CDN nowhere.
 * It trusts the run's one certificate by its key (--ignore-certificate-errors-spki-list), not any
 * certificate: a wrong one still fails.
 */
export function launchTeamsChromium(options: {
  readonly hostPort: number;
  readonly publicHostname: string;
  readonly spkiSha256: string;
}): Promise<Browser> {
  const rules = [
    `MAP ${TEAMS_HOSTNAME} 127.0.0.1:${options.hostPort}`,
    `MAP ${options.publicHostname} 127.0.0.1:${options.hostPort}`,
    `MAP ${IMPOSTOR_HOSTNAME} 127.0.0.1:${options.hostPort}`,
    // teams-js asks res.cdn.office.net for its list of valid origins; offline, it uses the list it ships.
    "MAP res.cdn.office.net ~NOTFOUND",
  ].join(", ");
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--host-resolver-rules=${rules}`,
      `--ignore-certificate-errors-spki-list=${options.spkiSha256}`,
    ],
  });
}

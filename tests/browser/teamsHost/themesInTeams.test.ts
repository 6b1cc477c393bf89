// The tab's Fluent themes take their values from @fluentui/tokens (through react-theme); importing
// react-components here would bring the DOM lib into the Node type-check of every test.
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/tokens";
import type { TeamsTheme } from "../../support/teamsHost/teamsContext";
import { artifactPath } from "../support/artifactPath";
import { appInTeams, CAMILLE } from "./appInTeams";
import { runAxeInFrame } from "./axeInFrame";
import type { FrameGlobals } from "./frameGlobals";
import type { TeamsTab } from "./simulatedTeams";

/**
 * Teams' themes in the tab: the Fluent theme matching Teams' at start and when the user switches
 * theme while the tab is open (themeChange), with the page's colours checked by axe in each theme.
 */
jest.setTimeout(90_000);
const env = appInTeams();

const fluentThemes: Record<TeamsTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The page's own background and text colours: the layout around <main>, as the user sees it. */
async function pageColours(tab: TeamsTab): Promise<{ background: string; text: string }> {
  return tab.frame.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as FrameGlobals;
    const layout = document.querySelector("#main")?.parentElement;
    if (!layout) return { background: "", text: "" };
    const style = getComputedStyle(layout);
    return { background: style.backgroundColor, text: style.color };
  });
}

function expected(theme: TeamsTheme): { background: string; text: string } {
  const t = fluentThemes[theme];
  return { background: rgb(t.colorNeutralBackground2), text: rgb(t.colorNeutralForeground1) };
}

async function waitForColours(tab: TeamsTab, theme: TeamsTheme): Promise<void> {
  const until = Date.now() + 5000;
  while (JSON.stringify(await pageColours(tab)) !== JSON.stringify(expected(theme)) && Date.now() < until)
    await new Promise((r) => setTimeout(r, 50));
  expect(await pageColours(tab)).toEqual(expected(theme));
}

async function openHome(theme: TeamsTheme): Promise<TeamsTab> {
  const tab = await env.teams.open({ user: CAMILLE, theme });
  await tab.frame.getByText("Session de Camille Martin", { exact: true }).waitFor();
  await tab.frame.getByText("Aucune campagne pour l'instant.").waitFor();
  return tab;
}

describe("Teams themes in the tab", () => {
  it.each(["dark", "contrast"] as const)("starts in the %s theme Teams is in, with readable colours", async (theme) => {
    const tab = await openHome(theme);
    try {
      await waitForColours(tab, theme);
      // Teams around the tab, as a person would see it, for a human to look at after the run.
      await tab.page.screenshot({ path: artifactPath(`teams-host-${theme}.png`) });
      expect(await runAxeInFrame(tab.frame)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it("follows Teams when the user switches theme with the tab open", async () => {
    const tab = await openHome("default");
    try {
      await waitForColours(tab, "default");
      for (const theme of ["dark", "contrast", "default"] as const) {
        await tab.setTheme(theme);
        await waitForColours(tab, theme);
        expect({ theme, violations: await runAxeInFrame(tab.frame) }).toEqual({ theme, violations: [] });
      }
    } finally {
      await tab.close();
    }
  });
});

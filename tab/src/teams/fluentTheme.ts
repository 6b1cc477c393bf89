import { teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { HostTheme } from "./hostContext";

/**
 * Fluent's theme for the host's: the light one is in the entry (every page outside Teams, most
 * inside); the dark and high-contrast ones are fetched only when Teams asks for them.
 */
export function fluentThemeFor(theme: HostTheme): Promise<Theme> {
  if (theme === "light") return Promise.resolve(teamsLightTheme);
  return import("./darkThemes").then((m) => (theme === "dark" ? m.teamsDarkTheme : m.teamsHighContrastTheme));
}

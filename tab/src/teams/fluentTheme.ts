import type { Theme } from "@fluentui/react-components";
import type { HostTheme } from "./hostContext";
// The light theme's variables, as a stylesheet on :root (tab/fluentThemeCss.mjs).
import "fluent-theme:teamsLightTheme.css";

/**
 * Fluent's theme for the host's, to give FluentProvider: none for the light one, whose variables
 * the stylesheet already sets (every page outside Teams, most inside); the dark and high-contrast
 * ones are fetched only when Teams asks for them, and override those variables on the provider.
 */
export function fluentThemeFor(theme: HostTheme): Promise<Theme | undefined> {
  if (theme === "light") return Promise.resolve(undefined);
  return import("./darkThemes").then((m) => (theme === "dark" ? m.teamsDarkTheme : m.teamsHighContrastTheme));
}

import { teamsDarkTheme, teamsHighContrastTheme } from "@fluentui/react-components";

// A module of its own, imported lazily by fluentTheme.ts: named imports let esbuild leave these two
// themes out of the entry (a dynamic import of Fluent's package would take every theme into it).
export { teamsDarkTheme, teamsHighContrastTheme };

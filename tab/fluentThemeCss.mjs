// An esbuild plugin that turns a Fluent theme into a stylesheet: `import "fluent-theme:teamsLightTheme.css"`
// adds `:root { --colorNeutralForeground1: #242424; … }` to the bundle's CSS.
//
// Why: FluentProvider otherwise gets the theme as a JavaScript object (6 KB gzip in the script
// every page waits for) and writes the same variables into a style element at run time. The light
// theme is the one nearly every page shows, so it is sent as CSS, parsed by the browser with the
// rest of the stylesheet; FluentProvider gets no theme for it, and the dark and high-contrast
// themes, set on its element when Teams asks for them, override these variables as before.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function fluentThemeCss() {
  return {
    name: "fluent-theme-css",
    setup(build) {
      build.onResolve({ filter: /^fluent-theme:/ }, (args) => ({ path: args.path, namespace: "fluent-theme" }));
      build.onLoad({ filter: /.*/, namespace: "fluent-theme" }, (args) => {
        const name = args.path.replace(/^fluent-theme:/, "").replace(/\.css$/, "");
        const theme = require("@fluentui/tokens")[name];
        if (!theme || typeof theme !== "object") return { errors: [{ text: `@fluentui/tokens has no theme ${name}` }] };
        const declarations = Object.entries(theme).map(([token, value]) => `  --${token}: ${value};`);
        return { contents: `:root {\n${declarations.join("\n")}\n}\n`, loader: "css" };
      });
    },
  };
}

/**
 * `tokens.colorNeutralForeground1` written as what it is, `"var(--colorNeutralForeground1)"`, in a
 * source that imports Fluent's `tokens` (ours, and Fluent's own styles, some of which read it when
 * they load): the object naming all 450 variables (3 KB gzip) then stays out of the pages. A name the object does not have is left for the type
 * check to refuse.
 */
export function inlineFluentTokens(source) {
  const importsTokens =
    /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*["']@fluentui\/(?:react-components|react-theme|tokens)["']/;
  if (!importsTokens.test(source)) return source;
  const { tokens } = require("@fluentui/tokens");
  return source.replace(/(?<![\w$.])tokens\.([A-Za-z0-9]+)\b/g, (whole, name) =>
    typeof tokens[name] === "string" ? JSON.stringify(tokens[name]) : whole,
  );
}

// Bundles the tab with esbuild into dist/tab: static/app.js, lazily loaded chunks under
// static/chunks/ (teams-js is one: only pages framed by Teams load it), and index.html.
// index.html has no inline script or style, so the server can send a strict CSP.
import { build } from "esbuild";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, "dist", "tab");
const staticDir = join(outDir, "static");

const indexHtml = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Vivre ensemble le service public</title>
    <script type="module" src="/static/app.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>Cette application nécessite JavaScript. / This app needs JavaScript.</noscript>
  </body>
</html>
`;

const started = Date.now();
await rm(outDir, { recursive: true, force: true });
await mkdir(staticDir, { recursive: true });
const result = await build({
  entryPoints: [join(root, "tab", "src", "main.tsx")],
  outdir: staticDir,
  entryNames: "app",
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  jsx: "automatic",
  tsconfig: join(root, "tab", "tsconfig.json"),
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
});
await writeFile(join(outDir, "index.html"), indexHtml);

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const scripts = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith(".js"));
const entry = scripts.find(([file]) => file.endsWith("/app.js"))?.[1].bytes ?? 0;
const total = scripts.reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`tab: dist/tab built in ${Date.now() - started} ms; app.js ${kib(entry)}, all chunks ${kib(total)} (minified)`);

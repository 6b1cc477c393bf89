// Bundles the tab with esbuild into dist/tab: two apps, the staff's (static/app-<hash>.js, named by
// index.html) and the usagers' pages (static/public-<hash>.js and .css, named by public-<page>.html, no Fluent,
// no Teams SDK), with lazily loaded chunks under static/chunks/ (one per page, plus shared ones;
// teams-js and adaptivecards are only loaded by the pages that need them).
// Neither HTML file has an inline script or style, so the server can send a strict CSP.
// Every file name under static/ carries a content hash, so the server can let browsers keep them
// for a year; each text file is also written as .br and .gz, which the server picks from
// Accept-Encoding (compressing once here instead of on every request).
// chunks.json (outside static/, never served) lists what each script holds, so tests and the
// bench can tell which chunks hold Fluent's table, teams-js, adaptivecards or a staff page.
import { build } from "esbuild";
import { barrelImports } from "./barrelImports.mjs";
import { fluentThemeCss, inlineFluentTokens } from "./fluentThemeCss.mjs";
import { leftToRightOnly } from "./leftToRightOnly.mjs";
import { rmSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const finalDir = join(root, "dist", "tab");
// Built beside dist/tab and swapped in at the end, so a server or a test already running keeps
// serving a whole build rather than a half-written one.
const outDir = join(root, "dist", `tab.building-${process.pid}`);
const staticDir = join(outDir, "static");
// A failed build leaves dist/tab as it was, and no half-written folder beside it.
process.on("exit", (code) => {
  if (code !== 0) rmSync(outDir, { recursive: true, force: true });
});

// The entry's own imports are listed for the browser to fetch alongside it, instead of after it
// has arrived and been parsed: one round trip less before the first page shows, on a slow phone link.
// The entry's stylesheet (what its modules import, lazily loaded ones included) is linked, not inlined:
// the CSP allows no inline style element from the page itself.
const pageHtml = ({ script, preloads, stylesheet }) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Vivre ensemble le service public</title>
${stylesheet ? `    <link rel="stylesheet" href="/${stylesheet}" />\n` : ""}    <script type="module" src="/${script}"></script>
${preloads.map((file) => `    <link rel="modulepreload" href="/${file}" />\n`).join("")}  </head>
  <body>
    <div id="root"></div>
    <noscript>Cette application nécessite JavaScript. / This app needs JavaScript.</noscript>
  </body>
</html>
`;

/** One of the bot's contract modules, compiled on the fly, so that the build and the server read the same lists. */
async function contract(file) {
  const compiled = await build({
    entryPoints: [join(root, "bot", "src", "contracts", file)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "warning",
  });
  return import(`data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString("base64")}`);
}
// The usagers' pages get public-<page>.html, the staff's page-<page>.html: what the server sends for their addresses.
const { PUBLIC_PAGES } = await contract("publicPages.ts");
const { STAFF_PAGES } = await contract("staffPages.ts");

const started = Date.now();
await rm(outDir, { recursive: true, force: true });
await mkdir(staticDir, { recursive: true });
const options = {
  outdir: staticDir,
  entryNames: "[name]-[hash]",
  chunkNames: "chunks/[name]-[hash]",
  assetNames: "assets/[name]-[hash]",
  splitting: true,
  bundle: true,
  minify: true,
  // Linked maps stay next to the scripts for local debugging; the server refuses them in production.
  sourcemap: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  jsx: "automatic",
  tsconfig: join(root, "tab", "tsconfig.json"),
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked",
  metafile: true,
  // Fluent's own packages and ours import through indexes that re-export everything: see barrelImports.mjs.
  plugins: [
    fluentThemeCss(),
    leftToRightOnly(),
    barrelImports({
      rewrite: /[\\/](tab[\\/]src[\\/].*\.tsx?|node_modules[\\/]@fluentui[\\/].*\.js)$/,
      strict: /[\\/]tab[\\/]src[\\/]/,
      before: inlineFluentTokens,
    }),
  ],
  logLevel: "warning",
};
// Two apps, built apart: the staff's (index.html) and the usagers' pages (public-<page>.html), which have no
// Fluent and no Teams SDK. Built together, esbuild would cut what they share (React, the API client)
// into many small common chunks: more requests and a worse compression for a phone, to save a
// download that nobody makes (usagers never open the staff app).
const outputsOf = async (entryPoints) => Object.entries((await build({ ...options, entryPoints })).metafile.outputs);
const built = [
  ...(await outputsOf({ app: join(root, "tab", "src", "main.tsx") })),
  ...(await outputsOf({ public: join(root, "tab", "src", "public", "main.tsx") })),
];

const outputs = built.map(([file, output]) => ({
  file: relative(outDir, join(root, file)).split("\\").join("/"),
  output,
}));
/** The script esbuild wrote for one entry point, and the stylesheet of everything it imports. */
function entryOutput(source) {
  const found = outputs.find(({ output }) => `/${output.entryPoint ?? ""}`.split("\\").join("/").endsWith(source));
  if (!found) throw new Error(`esbuild produced no script for ${source}`);
  const css = found.output.cssBundle
    ? relative(outDir, join(root, found.output.cssBundle)).split("\\").join("/")
    : undefined;
  return { ...found, css };
}
const entry = entryOutput("/tab/src/main.tsx");
const publicEntry = entryOutput("/tab/src/public/main.tsx");
const entryName = relative("static", entry.file).split("\\").join("/");

/** A module's package (e.g. "@fluentui/react-table") or, for our own code, its path under tab/src. */
function owner(input) {
  const inPackage = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1];
  return input.replace(/^tab\/src\//, "");
}

/** Minified bytes each package (or source file) adds to one script, largest first. */
function bytesByOwner(inputs) {
  const bytes = {};
  for (const [input, { bytesInOutput }] of Object.entries(inputs))
    bytes[owner(input)] = (bytes[owner(input)] ?? 0) + bytesInOutput;
  return Object.fromEntries(Object.entries(bytes).sort(([, a], [, b]) => b - a));
}

const scripts = outputs.filter(({ file }) => file.endsWith(".js"));
const manifest = {
  entry: entry.file,
  publicEntry: publicEntry.file,
  scripts: Object.fromEntries(
    scripts.map(({ file, output }) => [
      file,
      {
        bytes: output.bytes,
        imports: output.imports
          .filter((i) => i.kind === "import-statement")
          .map((i) => relative(outDir, join(root, i.path)).split("\\").join("/")),
        modules: bytesByOwner(output.inputs),
      },
    ]),
  ),
};
await writeFile(join(outDir, "chunks.json"), JSON.stringify(manifest, null, 2) + "\n");

/** Every script the entry imports statically, however deep: all are needed before anything renders. */
function staticClosure(file, seen = new Set()) {
  for (const imported of manifest.scripts[file].imports) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticClosure(imported, seen);
  }
  return seen;
}
/** A lazily imported module that the first render waits for, with what it imports. */
const lazyFirst = (source) => {
  const { file } = entryOutput(source);
  return [file, ...staticClosure(file)];
};
// What the first render waits for, though imported lazily (so that a page loads one language, not
// both, and an usager's page not the other two): preloaded with the entry, one round trip less on a
// phone. The staff app gets the French catalogue, the reference; each usager page its own HTML file,
// which the server picks by address, naming the page's chunk and its French texts.
const staffTexts = lazyFirst("/tab/src/i18n/fr.ts");
const htmlFiles = [
  // For an address that is no known page (the router shows « page not found »).
  ["index.html", entry, staffTexts],
  ...Object.entries(STAFF_PAGES).map(([page, module]) => [
    `page-${page}.html`,
    entry,
    [...staffTexts, ...lazyFirst(`/tab/src/pages/${module}.tsx`)],
  ]),
  ...PUBLIC_PAGES.map((page) => [
    `public-${page}.html`,
    publicEntry,
    [
      ...lazyFirst(`/tab/src/public/pages/${page[0].toUpperCase()}${page.slice(1)}Page.tsx`),
      ...lazyFirst(`/tab/src/i18n/messages/${page}Page.fr.ts`),
    ],
  ]),
];
for (const [html, app, alsoPreload] of htmlFiles) {
  // Largest first: over HTTP/1.1's six connections per host, the long downloads start at once and
  // the small ones fill the gaps, rather than a large one starting last and holding the page back.
  const preloads = [...new Set([...staticClosure(app.file), ...alsoPreload])].sort(
    (a, b) => manifest.scripts[b].bytes - manifest.scripts[a].bytes || a.localeCompare(b),
  );
  await writeFile(join(outDir, html), pageHtml({ script: app.file, preloads, stylesheet: app.css }));
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const compressible = [
  ...htmlFiles.map(([html]) => join(outDir, html)),
  ...outputs.filter(({ file }) => !file.endsWith(".map")).map(({ file }) => join(outDir, file)),
];
let raw = 0;
let gzipped = 0;
let brotlied = 0;
await Promise.all(
  compressible.map(async (path) => {
    const body = await readFile(path);
    const [gz, br] = await Promise.all([
      gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
      brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    ]);
    await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
    if (path.endsWith(".js")) {
      raw += body.length;
      gzipped += gz.length;
      brotlied += br.length;
    }
  }),
);

const oldDir = join(root, "dist", `tab.old-${process.pid}`);
await rename(finalDir, oldDir).catch((error) => {
  if (error.code !== "ENOENT") throw error;
});
await rename(outDir, finalDir);
await rm(oldDir, { recursive: true, force: true });

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `tab: dist/tab built in ${Date.now() - started} ms; ${entryName} ${kib(entry.output.bytes)}, ` +
    `${publicEntry.file.replace(/^static\//, "")} ${kib(publicEntry.output.bytes)}, ` +
    `all ${scripts.length} scripts ${kib(raw)} minified, ${kib(gzipped)} gzip, ${kib(brotlied)} brotli`,
);

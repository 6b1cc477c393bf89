// An esbuild plugin that imports each name from the module that defines it, not from a package's index.
//
// Why: esbuild cuts chunks by which pages can reach each *file*, following every import of a file
// whatever is used of it. Fluent's packages import each other through their indexes, and those
// indexes re-export everything: FluentProvider imports one hook from @fluentui/react-tabster's
// index, so every page "reaches" all of tabster (24 KB gzip) that the dashboard's table uses, and the
// chunk holding it loads everywhere. Importing from the defining file keeps each page to what it
// uses (what optimizePackageImports does in Next.js, for every package involved instead of one).
//
// Safe because only files their package declares free of side effects ("sideEffects": false, or a
// list that does not name them) are skipped: skipping an index that merely re-exports changes nothing
// when it does nothing on load. The same holds for teams-js, whose index hands out namespaces (app,
// pages, meeting…): each is imported from its own module, so the tab gets the parts it names. A name that cannot be
// traced (a namespace, a default, a local re-export) keeps its original import.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const stripComments = (source) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/[^\n]*/g, "$1");
const namedReexport = /export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const starReexport = /export\s*\*\s*from\s*["']([^"']+)["']/g;
const namedImport = /import\s*(type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["'];?/g;
const specifiers = (list) =>
  list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * @param {{ rewrite: RegExp; strict?: RegExp; before?: (source: string, path: string) => string }} options `rewrite`: the files whose imports are
 * rewritten; `strict`: among them, those where a name no module exports is a build error (our own
 * sources), not left for esbuild to report; `before`: a change made to each such file's source first.
 */
export function barrelImports({ rewrite, strict, before }) {
  return {
    name: "barrel-imports",
    setup(build) {
      /** @type {Map<string, Promise<string | undefined>>} */
      const resolved = new Map();
      const resolve = (spec, fromDir) => {
        const key = `${fromDir}\0${spec}`;
        if (!resolved.has(key))
          resolved.set(
            key,
            build
              .resolve(spec, { resolveDir: fromDir, kind: "import-statement" })
              .then((r) => (r.errors.length > 0 || r.external ? undefined : r.path)),
          );
        return resolved.get(key);
      };

      /** @type {Map<string, Promise<unknown>>} */
      const sideEffectsOf = new Map();
      /** Whether the package declares this file free of side effects ("sideEffects": false, or a list without it). */
      const packageIsSideEffectFree = async (file) => {
        const root = file.match(/^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/)?.[1];
        if (!root) return false;
        if (!sideEffectsOf.has(root))
          sideEffectsOf.set(
            root,
            readFile(join(root, "package.json"), "utf8")
              .then((text) => JSON.parse(text).sideEffects)
              .catch(() => true),
          );
        const declared = await sideEffectsOf.get(root);
        if (declared === false) return true;
        if (!Array.isArray(declared)) return false;
        const path = file
          .slice(root.length + 1)
          .split("\\")
          .join("/");
        return !declared.some((pattern) => {
          const glob = String(pattern).replace(/^\.\//, "");
          const regex = new RegExp(`(^|/)${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*?/g, ".*")}$`);
          return regex.test(path);
        });
      };

      /** @type {Map<string, Promise<{ named: Map<string, { spec: string; name: string }>; stars: string[] }>>} */
      const shapes = new Map();
      const shapeOf = (file) => {
        if (!shapes.has(file))
          shapes.set(
            file,
            readFile(file, "utf8").then((text) => {
              const source = stripComments(text);
              const named = new Map();
              for (const [, list, spec] of source.matchAll(namedReexport))
                for (const item of specifiers(list)) {
                  const [name, alias = name] = item.split(/\s+as\s+/);
                  named.set(alias, { spec, name });
                }
              // A namespace passed on (`import * as e from "./x"; export { e as name }`, or `export * as name
              // from "./x"`): the name is the whole of that module, imported as a namespace from it.
              const namespaces = new Map(
                [...source.matchAll(/import\s*\*\s*as\s*([\w$]+)\s*from\s*["']([^"']+)["']/g)].map(
                  ([, local, spec]) => [local, spec],
                ),
              );
              for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}(?!\s*from)/g))
                for (const item of specifiers(list)) {
                  const [local, alias = local] = item.split(/\s+as\s+/);
                  const spec = namespaces.get(local);
                  if (spec) named.set(alias, { spec, name: "*" });
                }
              for (const [, alias, spec] of source.matchAll(/export\s*\*\s*as\s+([\w$]+)\s*from\s*["']([^"']+)["']/g))
                named.set(alias, { spec, name: "*" });
              return { named, stars: [...source.matchAll(starReexport)].map(([, spec]) => spec) };
            }),
          );
        return shapes.get(file);
      };

      const exportsLocally = async (file, name) => {
        const source = stripComments(await readFile(file, "utf8"));
        const word = name.replace(/\$/g, "\\$");
        if (
          new RegExp(`export\\s+(?:async\\s+)?(?:const|let|var|class|function\\*?)\\s+${word}(?![\\w$])`).test(source)
        )
          return true;
        for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}(?!\s*from)/g))
          if (specifiers(list).some((item) => (item.split(/\s+as\s+/)[1] ?? item) === name)) return true;
        return false;
      };

      /** The file that defines `name` as exported by `file`, or undefined if `file` does not export it. */
      const definer = async (file, name, depth = 0) => {
        if (depth > 20 || !(await packageIsSideEffectFree(file))) return { file, name };
        const { named, stars } = await shapeOf(file);
        const hop = named.get(name);
        if (hop) {
          const next = await resolve(hop.spec, dirname(file));
          if (!next || hop.name === "default") return { file, name };
          if (hop.name === "*") return { file: next, name: "*" };
          return (await definer(next, hop.name, depth + 1)) ?? { file, name };
        }
        for (const spec of stars) {
          const next = await resolve(spec, dirname(file));
          if (!next) continue;
          const found = await definer(next, name, depth + 1);
          if (found) return found;
        }
        // Defined here, or imported and exported again: either way this file is where the name lives.
        return (await exportsLocally(file, name)) ? { file, name } : undefined;
      };

      build.onLoad({ filter: rewrite }, async (args) => {
        const read = await readFile(args.path, "utf8");
        const source = before ? before(read, args.path) : read;
        const isStrict = strict?.test(args.path) ?? false;
        const rewrites = [];
        for (const match of source.matchAll(namedImport)) {
          const [whole, typeOnly, list, spec] = match;
          if (typeOnly) continue;
          const target = await resolve(spec, dirname(args.path));
          if (!target || !(await packageIsSideEffectFree(target))) continue;
          const types = [];
          const byFile = new Map();
          const namespaceImports = [];
          for (const item of specifiers(list)) {
            if (item.startsWith("type ")) {
              types.push(item.slice(5));
              continue;
            }
            const [name, local = name] = item.split(/\s+as\s+/);
            const found = await definer(target, name);
            if (!found) {
              if (isStrict) throw new Error(`${args.path}: ${name} is not exported by ${spec}`);
              byFile.set(spec, [...(byFile.get(spec) ?? []), item]);
              continue;
            }
            const from = found.file === target ? spec : found.file;
            if (found.name === "*" && from !== spec) {
              namespaceImports.push(`import * as ${local} from ${JSON.stringify(from)};`);
              continue;
            }
            const entry = found.name === local ? local : `${found.name} as ${local}`;
            byFile.set(from, [...(byFile.get(from) ?? []), entry]);
          }
          const statements = [
            ...namespaceImports,
            ...[...byFile].map(([from, names]) => `import { ${names.join(", ")} } from ${JSON.stringify(from)};`),
          ];
          if (types.length > 0) statements.push(`import type { ${types.join(", ")} } from ${JSON.stringify(spec)};`);
          // One line, so that the lines below keep their numbers in the source map.
          rewrites.push({ at: match.index, length: whole.length, text: statements.join(" ") });
        }
        if (rewrites.length === 0 && source === read) return undefined;
        let contents = "";
        let from = 0;
        for (const { at, length, text } of rewrites) {
          contents += source.slice(from, at) + text;
          from = at + length;
        }
        contents += source.slice(from);
        const loader = args.path.endsWith(".tsx") ? "tsx" : args.path.endsWith(".ts") ? "ts" : "js";
        return { contents, loader, resolveDir: dirname(args.path) };
      });
    },
  };
}

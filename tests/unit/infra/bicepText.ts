// A small reader of Bicep source, enough for the offline checks of infra/ (no Bicep compiler here).
// It understands single-quoted strings, comments and bracket nesting; it is not a full parser.

/** Replaces comments by spaces (offsets stay valid) and leaves strings intact. */
export function stripComments(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (text.startsWith("'''", i)) {
      const end = text.indexOf("'''", i + 3);
      const stop = end < 0 ? text.length : end + 3;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== "'") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Index just after the bracket that closes the one at `open` (strings skipped). */
function closing(text: string, open: number): number {
  const pairs: Record<string, string> = { "{": "}", "[": "]", "(": ")" };
  const stack: string[] = [];
  let i = open;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'") {
      i += 1;
      while (i < text.length && text[i] !== "'") i += text[i] === "\\" ? 2 : 1;
    } else if (pairs[c]) {
      stack.push(pairs[c]);
    } else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
    i += 1;
  }
  throw new Error(`unbalanced bracket at offset ${open}`);
}

export interface ResourceBlock {
  symbol: string;
  type: string;
  apiVersion: string;
  body: string;
}

/** `resource sym 'Type@version' = { ... }` blocks. */
export function resources(source: string): ResourceBlock[] {
  const text = stripComments(source);
  const found: ResourceBlock[] = [];
  const re = /^resource\s+(\w+)\s+'([^'@]+)@([^']+)'\s*(?:existing\s*)?=\s*(?:if\s*\([^)]*\)\s*)?\{/gm;
  for (const m of text.matchAll(re)) {
    const open = m.index + m[0].length - 1;
    found.push({ symbol: m[1]!, type: m[2]!, apiVersion: m[3]!, body: text.slice(open, closing(text, open)) });
  }
  return found;
}

export interface ModuleBlock {
  symbol: string;
  path: string;
  params: Record<string, string>;
}

/** `module sym 'path' = { params: { ... } }` blocks, with each param's expression as text. */
export function modules(source: string): ModuleBlock[] {
  const text = stripComments(source);
  const found: ModuleBlock[] = [];
  for (const m of text.matchAll(/^module\s+(\w+)\s+'([^']+)'\s*=\s*\{/gm)) {
    const open = m.index + m[0].length - 1;
    const body = text.slice(open, closing(text, open));
    found.push({ symbol: m[1]!, path: m[2]!, params: objectEntries(blockAfter(body, "params") ?? "{}") });
  }
  return found;
}

/** The bracketed value that follows `key:` in a block, e.g. blockAfter(body, 'siteConfig'). */
export function blockAfter(body: string, key: string): string | undefined {
  const m = new RegExp(`\\b${key}:\\s*([\\[{])`).exec(body);
  if (!m) return undefined;
  const open = m.index + m[0].length - 1;
  return body.slice(open, closing(body, open));
}

/** Top-level `key: expression` lines of an object block, expression as written. */
export function objectEntries(block: string): Record<string, string> {
  const entries: Record<string, string> = {};
  let depth = 0;
  let i = 0;
  while (i < block.length) {
    const c = block[i]!;
    if (c === "'") {
      i += 1;
      while (i < block.length && block[i] !== "'") i += block[i] === "\\" ? 2 : 1;
      i += 1;
      continue;
    }
    if (c === "{" || c === "[" || c === "(") {
      depth += 1;
    } else if (c === "}" || c === "]" || c === ")") {
      depth -= 1;
    } else if (depth === 1) {
      const m = /^\s*('[^']+'|[A-Za-z_][\w]*)\s*:\s*/.exec(block.slice(i));
      if (m && (i === 0 || /[\s{]/.test(block[i - 1]!))) {
        const key = m[1]!.replace(/^'|'$/g, "");
        const start = i + m[0].length;
        const first = block[start];
        let end: number;
        if (first === "{" || first === "[") end = closing(block, start);
        else {
          end = block.indexOf("\n", start);
          if (end < 0) end = block.length - 1;
        }
        entries[key] = block.slice(start, end).trim();
        i = end;
        continue;
      }
    }
    i += 1;
  }
  return entries;
}

/** The `value:` of each `{ name: 'X' value: ... }` item of an appSettings-style array. */
export function namedValues(array: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of array.matchAll(/\{[^{}]*\}/g)) {
    const entries = objectEntries(m[0]);
    const name = entries["name"];
    if (name && /^'[^']*'$/.test(name)) out[name.slice(1, -1)] = entries["value"] ?? "";
  }
  return out;
}

export interface ParamDecl {
  name: string;
  type: string;
  defaultValue?: string;
  decorators: string[];
}

/** `param` declarations with the decorators written above them (multi-line decorators included). */
export function params(source: string): ParamDecl[] {
  const text = stripComments(source);
  const found: ParamDecl[] = [];
  let decorators: string[] = [];
  let i = 0;
  while (i < text.length) {
    const lineEnd = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
    const line = text.slice(i, lineEnd).trim();
    if (line.startsWith("@")) {
      const paren = text.indexOf("(", i);
      const end = paren >= 0 && paren < lineEnd ? closing(text, paren) : lineEnd;
      decorators.push(text.slice(i, end).trim());
      i = end;
      continue;
    }
    const m = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/.exec(line);
    if (m) {
      found.push({ name: m[1]!, type: m[2]!, ...(m[3] ? { defaultValue: m[3].trim() } : {}), decorators });
      decorators = [];
    } else if (line !== "") {
      decorators = [];
    }
    i = lineEnd + 1;
  }
  return found;
}

/** `output NAME type = ...` names and types. */
export function outputs(source: string): Array<{ name: string; type: string }> {
  const text = stripComments(source);
  return [...text.matchAll(/^output\s+(\w+)\s+(\w+)\s*=/gm)].map((m) => ({ name: m[1]!, type: m[2]! }));
}

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { en } from "../../../bot/src/i18n/en";
import { fr } from "../../../bot/src/i18n/fr";

// Feature catalogues are read from the folders, not listed here, so a new file is checked as soon as it exists.
// shared/ holds the labels the tab's catalogue takes too.
const MESSAGES_DIRS = [
  join(__dirname, "../../../bot/src/i18n/messages"),
  join(__dirname, "../../../bot/src/i18n/shared"),
];

type Messages = Record<string, string>;

function messagesOf(path: string): Messages {
  const exported = jest.requireActual<Record<string, unknown>>(path);
  const objects = Object.values(exported).filter((v): v is Messages => typeof v === "object" && v !== null);
  return Object.assign({}, ...objects) as Messages;
}

function featureFiles(locale: "fr" | "en"): [string, Messages][] {
  return MESSAGES_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(`.${locale}.ts`))
      .sort()
      .map((f): [string, Messages] => [f, messagesOf(join(dir, f))]),
  );
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("the whole catalogue", () => {
  const frMessages = fr as Messages;
  const enMessages = en as Messages;

  it("has the same keys in French and English", () => {
    expect(Object.keys(enMessages).sort()).toEqual(Object.keys(frMessages).sort());
  });

  it("has no empty text", () => {
    for (const catalogue of [frMessages, enMessages]) {
      expect(
        Object.entries(catalogue)
          .filter(([, text]) => text.trim().length === 0)
          .map(([key]) => key),
      ).toEqual([]);
    }
  });

  it("uses the same placeholders in French and English for every key", () => {
    const mismatches = Object.keys(frMessages)
      .map((key) => ({ key, fr: placeholders(frMessages[key] ?? ""), en: placeholders(enMessages[key] ?? "") }))
      .filter((m) => m.fr.join() !== m.en.join());
    expect(mismatches).toEqual([]);
  });

  it("has no unbalanced brace, which translate() would print as is", () => {
    const broken = Object.entries({ ...frMessages })
      .concat(Object.entries(enMessages))
      .filter(([, text]) => text.replace(/\{\w+\}/g, "").match(/[{}]/))
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });
});

describe.each(["fr", "en"] as const)("feature catalogue files (%s)", (locale) => {
  const files = featureFiles(locale);

  it("are found", () => {
    expect(files.map(([f]) => f)).toContain(`common.${locale}.ts`);
    expect(files.map(([f]) => f)).toContain(`domainErrors.${locale}.ts`);
  });

  it("never define the same key twice", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [file, messages] of files) {
      for (const key of Object.keys(messages)) {
        const first = owner.get(key);
        if (first) clashes.push(`${key}: ${first} and ${file}`);
        else owner.set(key, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("are all part of the catalogue", () => {
    const catalogue = (locale === "fr" ? fr : en) as Messages;
    const union = files.flatMap(([, messages]) => Object.keys(messages));
    expect(union.filter((key) => !(key in catalogue))).toEqual([]);
    expect(Object.keys(catalogue).length).toBe(new Set(union).size);
  });
});

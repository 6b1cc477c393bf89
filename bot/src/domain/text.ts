/**
 * Text helpers shared by every rule that stores or compares what people typed.
 * Lengths are counted in code points so that an emoji or an accented letter typed as
 * two UTF-16 units does not eat two characters of a participant's budget.
 */

// Control characters (except none: newlines are flattened too, cards show one line per item).
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/g;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };
const EDGE_QUOTES = /^[\s"'«»“”„‹›]+|[\s"'«»“”„‹›]+$/g;
const TRAILING_PUNCTUATION = /[\s.!?;:,…]+$/u;

/** What we store: trimmed, control characters removed, runs of whitespace collapsed to one space. */
export function cleanText(input: string): string {
  return input.replace(CONTROL_CHARS, " ").replace(/\s+/g, " ").trim();
}

export function textLength(input: string): number {
  return Array.from(input).length;
}

/**
 * A comparison key: two wordings with the same key are "the same idea" for ballots and common
 * values (« Respect. », "respect", « RESPECT ! » and "Respéct" all give "respect").
 */
export function normaliseWording(input: string): string {
  return cleanText(input)
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(TYPOGRAPHIC_APOSTROPHES, "'")
    .toLowerCase()
    .replace(EDGE_QUOTES, "")
    .replace(TRAILING_PUNCTUATION, "")
    .replace(EDGE_QUOTES, "")
    .trim();
}

/** Deterministic, locale-independent ordering of normalised keys. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

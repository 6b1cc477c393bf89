/**
 * Every text a card shows (TextBlock and TextRun texts, action titles), one string per element, so
 * a test compares whole sentences from translate(locale, key) rather than fragments of the JSON.
 */
export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === "text" || key === "title") && typeof value === "string") texts.push(value);
      else walk(value);
    }
  };
  walk(card);
  return texts;
}

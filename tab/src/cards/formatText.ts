const STAMP =
  /\{\{(DATE|TIME)\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[-+]\d{2}:\d{2}))(?:, ?(COMPACT|LONG|SHORT))?\)\}\}/g;

/**
 * The `{{DATE(…)}}` and `{{TIME(…)}}` functions of Adaptive Cards (the countdown's end time), in the
 * reader's language and time zone, as the `adaptivecards` library writes them; nothing else of the
 * text is read: no markdown, no HTML.
 */
export function formatText(text: string): string {
  return text.replace(STAMP, (whole, kind: string, iso: string, format?: string) => {
    const date = new Date(Date.parse(iso));
    if (kind === "TIME")
      return format ? whole : date.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" });
    if (!format || format === "COMPACT") return date.toLocaleDateString();
    const style = format.toLowerCase() as "long" | "short";
    return date.toLocaleDateString(undefined, { day: "numeric", weekday: style, month: style, year: "numeric" });
  });
}

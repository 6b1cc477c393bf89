export type Locale = "fr" | "en";

/**
 * French unless the client says otherwise: the organisation is French, and Teams omits the
 * locale on some activities (e.g. channel installs).
 */
export function localeOf(tag: string | undefined | null): Locale {
  if (!tag) return "fr";
  return tag.trim().toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** Picks fr or en from an HTTP Accept-Language header, honouring q-values. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return "fr";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^q=([0-9.]+)$/.exec(p.trim())?.[1]).find((v) => v !== undefined);
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((r) => r.tag.startsWith("fr") || r.tag.startsWith("en"))
    .sort((a, b) => b.q - a.q);
  const best = ranked[0];
  return best ? localeOf(best.tag) : "fr";
}

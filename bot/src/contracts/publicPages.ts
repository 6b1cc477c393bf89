/**
 * The usagers' pages: opened from a personal link or a QR code, often on a phone, with no account.
 * The server answers their addresses with public-<page>.html, which loads only their code (tab/src/public/),
 * never Fluent, teams-js or a staff page; every other address gets the staff app's index.html.
 */
// tab/build.mjs writes one HTML file per page of this list (it compiles this module to read it).
export const PUBLIC_PAGES = ["join", "confirm", "follow"] as const;
export type PublicPage = (typeof PUBLIC_PAGES)[number];

/** `/join/<code>`, `/confirm/<token>`, `/follow/<token>` (one segment, an optional trailing slash). */
export function publicPageOf(pathname: string): PublicPage | undefined {
  const match = /^\/([a-z]+)\/[^/]+\/?$/.exec(pathname);
  const page = match?.[1];
  return PUBLIC_PAGES.find((p) => p === page);
}

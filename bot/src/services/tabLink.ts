/**
 * A link that opens a page of the tab: inside Teams a deep link to the personal tab, whose
 * `subEntityId` the tab reads at start-up to show that page (tab/src/router/routes.ts
 * `startPathFrom`); locally the page itself. Undefined when neither is known.
 */
export function tabLink(
  target: { readonly teamsAppId?: string; readonly localBaseUrl?: string },
  path: string,
): string | undefined {
  if (target.teamsAppId) {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: path }));
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.teamsAppId)}/home?context=${context}`;
  }
  return target.localBaseUrl ? `${target.localBaseUrl}${path}` : undefined;
}

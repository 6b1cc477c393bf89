/**
 * A fetch for the app's API that, when a request carrying a bearer token is refused with 401, asks
 * the host for a token again and sends the request once more with it. Teams hands out the token it
 * holds until it thinks it is stale; a token the API finds expired (clocks apart, a tab left open
 * overnight) is then renewed once instead of failing the page. Once only: a second 401 is the answer.
 *
 * Requests are replayed from `input` and `init`, so the body must be replayable (a string, as the
 * API client sends), not a stream.
 */
export function fetchRenewingToken(
  renewToken: () => Promise<string | undefined>,
  fetchImpl: typeof fetch,
): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (response.status !== 401) return response;
    const headers = new Headers(init?.headers);
    const sent = /^Bearer\s+(\S+)$/i.exec(headers.get("Authorization") ?? "")?.[1];
    if (!sent) return response;
    let renewed: string | undefined;
    try {
      renewed = await renewToken();
    } catch {
      return response;
    }
    // The same token would be refused the same way: keep the first answer.
    if (!renewed || renewed === sent) return response;
    headers.set("Authorization", `Bearer ${renewed}`);
    return fetchImpl(input, { ...init, headers });
  };
}

/**
 * The doors a person has outside Teams, for tests that must go through them only: the tab's API as
 * its pages call it (JSON, Accept-Language, and in local mode the identity cookie the tab's identity
 * switch sets), and the public pages' API an usager's phone calls (no identity at all).
 */
import { LOCAL_IDENTITY_COOKIE } from "../../bot/src/transport/http/identity";

// Answers are checked field by field by the tests, not by types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export interface ApiAnswer {
  readonly status: number;
  readonly body: Json;
}

async function call(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<ApiAnswer> {
  const res = await fetch(url, {
    method,
    headers: {
      Accept: "application/json",
      ...headers,
      ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let parsed: Json = {};
  try {
    parsed = text ? (JSON.parse(text) as Json) : {};
  } catch {
    throw new Error(`${method} ${url} answered ${res.status} with something other than JSON: ${text.slice(0, 200)}`);
  }
  return { status: res.status, body: parsed };
}

/** The tab as one person uses it (local mode: who they are is the ve-local-user cookie). */
export class TabSession {
  constructor(
    readonly baseUrl: string,
    /** The local identity; for a Teams user, their Entra object id, so they are the same person in Teams and in the tab. */
    readonly userId: string,
    readonly locale = "fr-FR",
  ) {}

  call(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    return call(
      `${this.baseUrl}${path}`,
      method,
      { "Accept-Language": this.locale, Cookie: `${LOCAL_IDENTITY_COOKIE}=${encodeURIComponent(this.userId)}` },
      body,
    );
  }
  get(path: string): Promise<ApiAnswer> {
    return this.call("GET", path);
  }
  post(path: string, body?: unknown): Promise<ApiAnswer> {
    return this.call("POST", path, body);
  }
  patch(path: string, body: unknown): Promise<ApiAnswer> {
    return this.call("PATCH", path, body);
  }
  put(path: string, body: unknown): Promise<ApiAnswer> {
    return this.call("PUT", path, body);
  }
}

/** A public page (confirm, follow) on an usager's phone: no account, the token in the address is the key. */
export function publicCall(
  baseUrl: string,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  locale = "fr-FR",
): Promise<ApiAnswer> {
  return call(`${baseUrl}${path}`, method, { "Accept-Language": locale }, body);
}

/** The token at the end of a personal link (…/confirm/<token>, …/follow/<token>). */
export function tokenOf(link: string, page: "confirm" | "follow"): string {
  const match = new RegExp(`/${page}/([A-Za-z0-9_-]+)`).exec(link);
  if (!match?.[1]) throw new Error(`no /${page}/ token in ${link}`);
  return decodeURIComponent(match[1]);
}

import type { AnswerOf, BodyOf, RouteKey } from "../../../bot/src/contracts/api";
import { pathOf, splitKey, type FileAnswer, type PathParams } from "../../../bot/src/contracts/endpoint";
import { ApiError, type ErrorCause } from "./ApiError";
import { readEventStream, type StreamEvent } from "./eventStreamReader";

/** Gives the bearer token for the next request, or undefined when none is needed (local mode). */
export type TokenProvider = () => Promise<string | undefined>;

export interface ApiClientOptions {
  /** UI locale, sent as Accept-Language so the server localises its error messages. */
  readonly locale: () => string;
  readonly token: TokenProvider;
  readonly baseUrl?: string;
  readonly fetchImpl?: typeof fetch;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; params?: unknown; causes?: unknown };
}

function causesOf(value: unknown): readonly ErrorCause[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c: { code?: unknown; message?: unknown }) =>
    typeof c?.code === "string" && typeof c?.message === "string" ? [{ code: c.code, message: c.message }] : [],
  );
}

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl ?? "";
    // Bound so that a window.fetch taken out of its object does not throw "Illegal invocation".
    this.fetchImpl = options.fetchImpl ?? window.fetch.bind(window);
  }

  /**
   * Calls the route `key` of the API table (bot/src/contracts/api.ts): the path is filled from
   * `params`, the body and the answer are typed by the table, so a page cannot drift from the server.
   */
  call<K extends RouteKey>(
    key: K,
    params: PathParams<K>,
    ...rest: BodyOf<K> extends undefined
      ? [body?: undefined, signal?: AbortSignal]
      : [body: BodyOf<K>, signal?: AbortSignal]
  ): Promise<AnswerOf<K>> {
    const [body, signal] = rest;
    const { method } = splitKey(key);
    return this.send<AnswerOf<K>>(method, pathOf(key, params), body, signal);
  }

  /** A file route of the table (PDF, PNG, JSON export), as a Blob. */
  file<K extends RouteKey>(
    key: K & (AnswerOf<K> extends FileAnswer ? K : never),
    params: PathParams<K>,
  ): Promise<Blob> {
    return this.blob(pathOf(key, params));
  }

  /** GET a JSON answer by path; prefer `call`, typed by the route table. */
  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.send<T>("GET", path, undefined, signal);
  }

  /** Any method with an optional JSON body; a 204 answers undefined. */
  async send<T>(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
    headers?: Readonly<Record<string, string>>,
  ): Promise<T> {
    const response = await this.request(method, path, body, signal, headers);
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiError("server", "invalid_json", undefined, response.status);
    }
  }

  /**
   * Reads a stream of Server-Sent Events (fetch, not EventSource, so the token and the device's
   * header go with it) until it ends, fails or `signal` aborts; each event is handed over parsed.
   */
  async stream(
    path: string,
    onEvent: (event: StreamEvent) => void,
    signal: AbortSignal,
    headers?: Readonly<Record<string, string>>,
  ): Promise<void> {
    const response = await apiRequest({
      method: "GET",
      path: this.baseUrl + path,
      locale: this.options.locale(),
      token: this.options.token,
      fetchImpl: this.fetchImpl,
      signal,
      headers: { Accept: "text/event-stream", ...headers },
    });
    if (!response.body) throw new ApiError("network", "stream_unsupported", undefined);
    await readEventStream(response.body, onEvent);
  }

  /** A file (PDF, PNG, JSON export) to hand to the browser. */
  async blob(path: string, signal?: AbortSignal): Promise<Blob> {
    return (await this.request("GET", path, undefined, signal)).blob();
  }

  private request(
    method: string,
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
    headers?: Readonly<Record<string, string>>,
  ): Promise<Response> {
    return apiRequest({
      ...(headers ? { headers } : {}),
      method,
      path: this.baseUrl + path,
      locale: this.options.locale(),
      token: this.options.token,
      fetchImpl: this.fetchImpl,
      ...(body !== undefined ? { body } : {}),
      ...(signal ? { signal } : {}),
    });
  }
}

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  /** UI locale, sent as Accept-Language so the server localises its messages. */
  readonly locale: string;
  readonly token: TokenProvider;
  readonly signal?: AbortSignal;
  readonly fetchImpl?: typeof fetch;
  /** Headers of the route's own (the join page's device token, an event stream's Accept). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The one place the tab calls its API: token, language and JSON body on the way out; an ApiError
 * (auth, network or server, with the server's localised message) for anything but a 2xx.
 */
export async function apiRequest(request: ApiRequest): Promise<Response> {
  const headers = new Headers({ Accept: "application/json", "Accept-Language": request.locale, ...request.headers });
  let token: string | undefined;
  try {
    token = await request.token();
  } catch {
    throw new ApiError("auth", "token_unavailable", undefined);
  }
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (request.body !== undefined) headers.set("Content-Type", "application/json");
  const fetchImpl = request.fetchImpl ?? window.fetch.bind(window);
  let response: Response;
  try {
    response = await fetchImpl(request.path, {
      method: request.method,
      headers,
      credentials: "same-origin",
      signal: request.signal ?? null,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new ApiError("network", "unreachable", undefined);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const kind = response.status === 401 || response.status === 403 ? "auth" : "server";
  try {
    const body = (await response.json()) as ErrorBody;
    const code = typeof body.error?.code === "string" ? body.error.code : `http_${response.status}`;
    const message = typeof body.error?.message === "string" ? body.error.message : undefined;
    const params =
      body.error?.params && typeof body.error.params === "object"
        ? (body.error.params as Readonly<Record<string, string | number>>)
        : undefined;
    return new ApiError(kind, code, message, response.status, params, causesOf(body.error?.causes));
  } catch {
    // A proxy or crash page, not our JSON: show a generic message.
    return new ApiError(kind, `http_${response.status}`, undefined, response.status);
  }
}

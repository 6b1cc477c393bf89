import { ApiError } from "./ApiError";
import type { CampaignSummary, Me } from "./types";

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
  error?: { code?: unknown; message?: unknown };
}

export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl ?? "";
    // Bound so that a window.fetch taken out of its object does not throw "Illegal invocation".
    this.fetchImpl = options.fetchImpl ?? window.fetch.bind(window);
  }

  me(signal?: AbortSignal): Promise<Me> {
    return this.getJson<Me>("/api/me", signal);
  }

  async campaigns(signal?: AbortSignal): Promise<readonly CampaignSummary[]> {
    const body = await this.getJson<{ campaigns: CampaignSummary[] }>("/api/campaigns", signal);
    return body.campaigns;
  }

  private async getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    const response = await apiRequest({
      method: "GET",
      path: this.baseUrl + path,
      locale: this.options.locale(),
      token: this.options.token,
      fetchImpl: this.fetchImpl,
      ...(signal ? { signal } : {}),
    });
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiError("server", "invalid_json", undefined, response.status);
    }
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
}

/**
 * The one place the tab calls its API: token, language and JSON body on the way out; an ApiError
 * (auth, network or server, with the server's localised message) for anything but a 2xx.
 */
export async function apiRequest(request: ApiRequest): Promise<Response> {
  const headers = new Headers({ Accept: "application/json", "Accept-Language": request.locale });
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
    return new ApiError(kind, code, message, response.status);
  } catch {
    // A proxy or crash page, not our JSON: show a generic message.
    return new ApiError(kind, `http_${response.status}`, undefined, response.status);
  }
}

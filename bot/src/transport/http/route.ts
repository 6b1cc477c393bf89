import type { Request, RequestHandler, Response, Server } from "restify";
import type { AnswerOf, BodyOf, RouteKey } from "../../contracts/api";
import { splitKey } from "../../contracts/endpoint";
import type { z } from "zod";
import type { DomainError, Result } from "../../domain/result";
import type { MessageKey } from "../../i18n/fr";
import { domainErrorMessage } from "../../i18n/domainText";
import { localeFromAcceptLanguage, type Locale } from "../../i18n/locale";
import { errorBody, type ErrorBody } from "./errorBody";
import { authErrorBody, type Authenticator, type Identity } from "./identity";
import { statusOf } from "./statusOf";

/** Who may call: a signed-in member of the organisation, or anyone (the usagers' public pages). */
export type Audience = "member" | "public";

export interface RouteSpec<B> {
  readonly audience: Audience;
  /** The JSON body's schema; a body it refuses is a localised 400 naming the fields. */
  readonly body?: z.ZodType<B>;
  /** The message a refused body is reported under (the capability's own words). */
  readonly invalidKey?: MessageKey;
  /** Status of a success: 200 unless the route creates something (201) or answers nothing (204). */
  readonly okStatus?: 200 | 201 | 202 | 204;
}

export interface Call<B, A extends Audience> {
  readonly req: Request;
  readonly res: Response;
  readonly me: A extends "member" ? Identity : undefined;
  readonly locale: Locale;
  readonly body: B;
  /** A path parameter (`:campaignId`), "" when absent. */
  param(name: string): string;
  readonly query: URLSearchParams;
}

/** The handler answered on its own (a file, a redirect): the helper sends nothing more. */
export const ANSWERED = Symbol("answered");
export type Reply<T> = Result<T, DomainError> | typeof ANSWERED;

export interface RouteDeps {
  readonly authenticate: Authenticator;
}

export function errorBodyOf(locale: Locale, error: DomainError): ErrorBody {
  const causes = error.causes?.map((c) => ({ code: c.code, message: domainErrorMessage(locale, c) }));
  return {
    error: {
      code: error.code,
      message: domainErrorMessage(locale, error),
      ...(error.params ? { params: { ...error.params } } : {}),
      ...(causes && causes.length > 0 ? { causes } : {}),
    },
  };
}

/** Sends an expected failure: its status from statusOf, its text from i18n, nothing else. */
export function sendFailure(res: Response, locale: Locale, error: DomainError): void {
  res.header("Cache-Control", "no-store");
  res.send(statusOf(error.code), errorBodyOf(locale, error));
}

function paramOf(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
}

/**
 * The one way an API route is written: who is calling (401 in the caller's language otherwise),
 * the body checked by its schema (400), then the use case's Result mapped to a status and a
 * localised body. Answers are never cached: they are someone's view of a campaign now.
 */
export function route<B = undefined, T = unknown, A extends Audience = Audience>(
  deps: RouteDeps,
  spec: RouteSpec<B> & { readonly audience: A },
  handler: (call: Call<B, A>) => Promise<Reply<T>>,
): RequestHandler {
  return async (req: Request, res: Response) => {
    const locale = localeFromAcceptLanguage(req.headers["accept-language"]);
    let me: Identity | undefined;
    if (spec.audience === "member") {
      const who = await deps.authenticate(req);
      if (!who.ok) return void res.send(401, authErrorBody(req, who.reason));
      me = who.identity;
    }
    let body = undefined as B;
    if (spec.body) {
      const parsed = spec.body.safeParse(req.body ?? {});
      if (!parsed.success) {
        const details = parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
          .join("; ");
        return void res.send(400, errorBody(req, "invalidBody", spec.invalidKey ?? "error.badJson", { details }));
      }
      body = parsed.data;
    }
    const query = new URL(req.url ?? "/", "http://local").searchParams;
    const call = {
      req,
      res,
      me: me as Call<B, A>["me"],
      locale,
      body,
      query,
      param: (name: string) => paramOf(req, name),
    };
    const reply = await handler(call);
    if (reply === ANSWERED) return;
    if (!reply.ok) return sendFailure(res, locale, reply.error);
    res.header("Cache-Control", "no-store");
    const status = spec.okStatus ?? 200;
    if (status === 204) res.send(204);
    else res.send(status, reply.value);
  };
}

/**
 * Registers the route `key` of the API table (contracts/api.ts): its method and path come from the
 * key, and the handler's answer must be the table's, so the two cannot drift apart.
 */
export function register<K extends RouteKey, A extends Audience>(
  server: Server,
  deps: RouteDeps,
  key: K,
  spec: RouteSpec<BodyOf<K>> & { readonly audience: A },
  handler: (call: Call<BodyOf<K>, A>) => Promise<Reply<AnswerOf<K>>>,
): void {
  const { method, path } = splitKey(key);
  const handle = route<BodyOf<K>, AnswerOf<K>, A>(deps, spec, handler);
  if (method === "GET") server.get(path, handle);
  else if (method === "POST") server.post(path, handle);
  else if (method === "PUT") server.put(path, handle);
  else if (method === "PATCH") server.patch(path, handle);
  else server.del(path, handle);
}

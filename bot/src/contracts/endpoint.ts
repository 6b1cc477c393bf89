/**
 * The API as one typed table: each route is a key "METHOD /path/:param" with the body it takes
 * and the answer it gives. The server registers a route by its key (transport/http/route.ts), so
 * a handler whose answer drifts from the table fails to compile; the tab calls a route by the
 * same key (tab/src/api/client.ts), so a page that reads a field the answer lacks fails too.
 * Type-only apart from `pathOf`, which is pure: the tab imports this file as it is.
 */
export interface Endpoint<Body, Answer> {
  readonly body: Body;
  readonly answer: Answer;
}

/** An answer that is a file (PDF, PNG, JSON download), read by the tab as a Blob. */
export interface FileAnswer {
  readonly file: true;
}

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type PathOfKey<K extends string> = K extends `${Method} ${infer P}` ? P : never;

/** The values of a route's `:params`, by name. */
export type PathParams<K extends string> = { readonly [N in ParamNames<PathOfKey<K>>]: string };

export function splitKey(key: string): { readonly method: Method; readonly path: string } {
  const space = key.indexOf(" ");
  return { method: key.slice(0, space) as Method, path: key.slice(space + 1) };
}

/** The path of a route with its parameters filled in and encoded. */
export function pathOf<K extends string>(key: K, params: PathParams<K>): string {
  const values = params as Readonly<Record<string, string>>;
  return splitKey(key).path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
}

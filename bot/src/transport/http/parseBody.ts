import type { Request, Response } from "restify";
import type { z } from "zod";
import type { MessageKey } from "../../i18n/fr";
import { errorBody } from "./errorBody";

/**
 * The request body checked against `schema`; otherwise a localised 400 naming the first fields
 * zod refused (under the capability's `invalidKey` message) is sent, and undefined returned.
 */
export function parseBody<T>(req: Request, res: Response, schema: z.ZodType<T>, invalidKey: MessageKey): T | undefined {
  const parsed = schema.safeParse(req.body ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
    .join("; ");
  res.send(400, errorBody(req, "invalidBody", invalidKey, { details }));
  return undefined;
}

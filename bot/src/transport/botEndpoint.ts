import type { Request, Response } from "restify";
import type { CloudAdapter } from "botbuilder";
import type { Logger } from "../logging/logger";
import { checkEnvelope } from "./activityEnvelope";
import { checkActivity, type ActivityPolicy, type GuardVerdict } from "./activityGuard";
import { errorBody, keyForStatus } from "./http/errorBody";
import type { VivreEnsembleBot } from "./teamsBot";

export interface BotEndpointDeps {
  readonly adapter: CloudAdapter;
  readonly bot: VivreEnsembleBot;
  readonly policy: ActivityPolicy;
  readonly logger: Logger;
}

/**
 * POST /api/messages. In order: no bearer token at all (outside local mode) is a 401 before the
 * body is looked at; a body that is not a Bot Framework envelope is a 400 that names no field;
 * every well-formed request then goes through botbuilder, which checks the token (401) before
 * any handler runs; an authenticated activity from another tenant or connector host is a 403.
 * botbuilder's own answer is recorded, not written, so its exception text never reaches the caller.
 */
export function botEndpoint(deps: BotEndpointDeps) {
  const log = deps.logger;
  return async (req: Request, res: Response): Promise<void> => {
    if (!deps.policy.localMode && !/^Bearer [^\s]+$/.test(String(req.headers.authorization ?? ""))) {
      res.send(401, errorBody(req, "unauthorized", "error.unauthorized"));
      return;
    }
    const envelope = req.is("json") ? checkEnvelope(req.body) : { ok: false as const, fields: ["content-type"] };
    if (!envelope.ok) {
      log.warn({ fields: envelope.fields }, "malformed activity refused");
      res.send(400, errorBody(req, "badActivity", "error.badActivity"));
      return;
    }

    let refused: Extract<GuardVerdict, { allowed: false }> | undefined;
    const recorder = new RecordedResponse();
    await deps.adapter.process(req, recorder, async (context) => {
      const verdict = checkActivity(context.activity, deps.policy);
      if (!verdict.allowed) {
        refused = verdict;
        log.warn({ reason: verdict.reason, activityType: context.activity.type }, "activity refused by origin policy");
        return;
      }
      await deps.bot.run(context);
    });

    if (refused) {
      res.send(403, errorBody(req, "forbidden", "error.activityRefused"));
      return;
    }
    const status = recorder.statusCode;
    // An invoke answer (card, error response) is the bot's own object: pass it on as it is. What
    // botbuilder writes after catching an error (its message, or the error itself) is not.
    const answer =
      recorder.body !== null && typeof recorder.body === "object" && !(recorder.body instanceof Error)
        ? recorder.body
        : undefined;
    if (answer && status < 400) {
      res.send(status, answer);
    } else if (status >= 400) {
      const { code, key } = keyForStatus(status);
      // 501 is an invoke nobody answered (a kind the bot does not handle, or a turn whose failure onTurnError logged).
      if (status === 501)
        log.warn({ status, activityType: envelope.activity.type, name: envelope.activity.name }, "invoke not answered");
      else if (status >= 500) log.error({ status }, "bot endpoint failed");
      res.send(status, answer ?? errorBody(req, code, key));
    } else {
      res.send(status);
    }
  };
}

/** Stands in for the HTTP response botbuilder writes to (it only calls these four methods). */
class RecordedResponse {
  // Part of botbuilder's response type; only its streaming (web socket) path would use it.
  readonly socket = undefined;
  statusCode = 200;
  body: unknown;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  header(): this {
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    return this;
  }
}

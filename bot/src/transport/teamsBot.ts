import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from "botbuilder";
import { welcomeCard } from "../cards/welcomeCard";
import { ADAPTIVE_CARD_CONTENT_TYPE } from "../cards/adaptiveCard";
import type { Locale } from "../i18n/locale";
import { translate } from "../i18n/translate";
import type { Logger } from "../logging/logger";
import type { CardActionHandler, CommandHandler, ConversationPort, MeetingEventHandler } from "../services/botPorts";
import type { Clock } from "../services/clock";
import { COMMANDS, parseCommand, type CommandId } from "../domain/commands";
import { commandHandler, type MeetingEventHandlers } from "../services/feature";
import type { InstallationService } from "../services/installationService";
import { doOnce } from "../services/doOnce";
import { CLAIM_LEASE_MS } from "../storage/processedActivityRepository";
import type { Repositories } from "../storage/repositories";
import { conversationOf, scopeOf } from "./conversationOf";
import { turnPort } from "./turnPort";

export interface BotDeps {
  readonly repos: Repositories;
  readonly installation: InstallationService;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly commands: Partial<Record<CommandId, CommandHandler>>;
  readonly cardActions: ReadonlyMap<string, CardActionHandler>;
  /** The features' handlers of Teams meeting start and end events (none: the events are ignored). */
  readonly meetingEvents?: MeetingEventHandlers;
  /** The only verbs an anonymous meeting guest may send (none: every click of theirs is refused). */
  readonly guestVerbs?: ReadonlySet<string>;
  /** Deep link to the app's personal tab, shown on the welcome card when known. */
  readonly appUrl?: string;
}

// Echoing a user's text back is useful; echoing a page of it is not.
const ECHO_LIMIT = 80;

/**
 * Teams gives up on an invoke after about 5 s. Past this, the click is answered « did not go
 * through, try again » while its work goes on: card actions are idempotent (request ids, claims),
 * so the retry finds the work done or does it.
 */
const INVOKE_DEADLINE_MS = 4500;

/**
 * A resend of a message whose first delivery is still claimed waits this long for that claim to
 * complete or to run out (its holder died), then takes it over.
 */
const RESEND_WAIT_MS = CLAIM_LEASE_MS + 1000;

/** Thin: turns Teams activities into calls of the command and card-verb maps. No rules live here. */
export class VivreEnsembleBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });

    this.onInstallationUpdateRemove(async (context, next) => {
      await this.deps.installation.uninstalled(context.activity.conversation.id);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.welcome(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onTeamsMeetingStartEvent(async (meeting, context, next) => {
      await this.meetingEvent(context, "start", this.deps.meetingEvents?.start ?? [], meeting);
      await next();
    });

    this.onTeamsMeetingEndEvent(async (meeting, context, next) => {
      await this.meetingEvent(context, "end", this.deps.meetingEvents?.end ?? [], meeting);
      await next();
    });
  }

  /**
   * Teams may deliver a meeting event more than once: the features hear it once per event activity
   * (the same claims as messages), so a resent meetingEnd does not post its question twice.
   */
  private async meetingEvent(
    context: TurnContext,
    kind: "start" | "end",
    handlers: readonly MeetingEventHandler[],
    meeting: { id: string; title?: string },
  ): Promise<void> {
    if (handlers.length === 0) return;
    const activity = context.activity;
    const port = turnPort(context);
    const request = { port, meeting: { id: meeting.id, ...(meeting.title ? { title: meeting.title } : {}) } };
    const run = async () => {
      for (const handler of handlers) await handler(request);
    };
    if (!activity.id) return run();
    const once = { claims: this.deps.repos.processedActivities, clock: this.deps.clock, logger: this.deps.logger };
    const outcome = await doOnce(once, activity.conversation.id, `meeting-${kind}:${activity.id}`, run, RESEND_WAIT_MS);
    if (!outcome.ran)
      this.deps.logger.info({ activityId: activity.id, kind, why: outcome.why }, "meeting event already handled");
  }

  private async welcome(context: TurnContext): Promise<void> {
    const port = turnPort(context);
    await this.deps.installation.installed(conversationOf(context), async () => {
      await port.sendCard(
        welcomeCard(
          { scope: scopeOf(context), ...(this.deps.appUrl ? { appUrl: this.deps.appUrl } : {}) },
          port.locale,
        ),
      );
    });
  }

  /**
   * Teams may deliver the same message twice, or again after a failure: answered once, and
   * answered for sure. A failed answer gives its claim back, and the user is told (botAdapter's
   * onTurnError) to send it again when the failure was a passing one.
   */
  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const port = turnPort(context);
    if (!activity.id) return this.answerMessage(activity, port);
    const once = { claims: this.deps.repos.processedActivities, clock: this.deps.clock, logger: this.deps.logger };
    const outcome = await doOnce(
      once,
      activity.conversation.id,
      activity.id,
      () => this.answerMessage(activity, port),
      RESEND_WAIT_MS,
    );
    if (!outcome.ran)
      this.deps.logger.info(
        { activityId: activity.id, why: outcome.why },
        outcome.why === "done" ? "duplicate message ignored" : "message still being answered elsewhere",
      );
  }

  private async answerMessage(activity: Activity, port: ConversationPort): Promise<void> {
    const locale = port.locale;
    if (port.caller.anonymous) {
      // Commands act for a member of the organisation; a meeting's anonymous guest only answers cards.
      await port.sendText(translate(locale, "workshop.guest.commandRefused"));
      return;
    }
    const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? "";
    const command = parseCommand(text);

    if (command.kind === "empty") {
      await port.sendText(translate(locale, "hint.empty"));
      return;
    }
    if (command.kind === "unknown") {
      const shown = command.text.length > ECHO_LIMIT ? `${command.text.slice(0, ECHO_LIMIT)}…` : command.text;
      await port.sendText(translate(locale, "hint.unknown", { text: shown }));
      return;
    }
    const handler = commandHandler(this.deps.commands, command.id);
    if (!handler) {
      await port.sendText(translate(locale, "command.notYet", { command: commandWord(command.id, locale) }));
      return;
    }
    await handler({ port, rest: command.rest });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const port = turnPort(context);
    const verb = typeof invokeValue.action?.verb === "string" ? invokeValue.action.verb : "";
    const handler = this.deps.cardActions.get(verb);
    if (!handler) {
      return messageResponse(translate(port.locale, "card.unknownAction"));
    }
    if (port.caller.anonymous && !this.deps.guestVerbs?.has(verb)) {
      return messageResponse(translate(port.locale, "workshop.guest.actionRefused"));
    }
    const rawData: unknown = invokeValue.action?.data;
    const data = (rawData && typeof rawData === "object" && !Array.isArray(rawData) ? rawData : {}) as Record<
      string,
      unknown
    >;
    const work = handler({
      verb,
      data,
      port,
      ...(context.activity.replyToId ? { replyToId: context.activity.replyToId } : {}),
    });
    // A failure, or no result in time, is answered by botAdapter's onTurnError: « try again » or the generic error.
    const result = await withinDeadline(work, INVOKE_DEADLINE_MS, (late) =>
      this.deps.logger.warn({ err: late, verb }, "card action failed after its answer was given"),
    );
    if (result.kind === "message") return messageResponse(result.text);
    return {
      statusCode: 200,
      type: ADAPTIVE_CARD_CONTENT_TYPE,
      value: result.card as unknown as AdaptiveCardInvokeResponse["value"],
    };
  }
}

/** Named like the platform's timeouts, so isTransientError takes it for the passing failure it is. */
class InvokeDeadlineError extends Error {
  constructor(ms: number) {
    super(`card action still running after ${ms} ms`);
    this.name = "TimeoutError";
  }
}

function withinDeadline<T>(work: Promise<T>, ms: number, onLateFailure: (error: unknown) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      work.catch(onLateFailure);
      reject(new InvokeDeadlineError(ms));
    }, ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: "application/vnd.microsoft.activity.message",
    value: text as unknown as AdaptiveCardInvokeResponse["value"],
  };
}

function commandWord(id: CommandId, locale: Locale): string {
  const spec = COMMANDS.find((c) => c.id === id);
  return spec ? (locale === "fr" ? spec.fr : spec.en) : id;
}

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
import type { CardActionHandler, CommandHandler } from "../services/botPorts";
import type { Clock } from "../services/clock";
import { COMMANDS, parseCommand, type CommandId } from "../services/commands";
import type { InstallationService } from "../services/installationService";
import type { Repositories } from "../storage/repositories";
import { conversationOf, scopeOf } from "./conversationOf";
import { turnPort } from "./turnPort";

export interface BotDeps {
  readonly repos: Repositories;
  readonly installation: InstallationService;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly commands: Partial<Record<CommandId, CommandHandler>>;
  readonly cardActions: Readonly<Record<string, CardActionHandler>>;
  /** Deep link to the app's personal tab, shown on the welcome card when known. */
  readonly appUrl?: string;
}

// Echoing a user's text back is useful; echoing a page of it is not.
const ECHO_LIMIT = 80;

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
  }

  private async welcome(context: TurnContext): Promise<void> {
    const { sendWelcome } = await this.deps.installation.installed(conversationOf(context));
    if (!sendWelcome) return;
    const port = turnPort(context);
    await port.sendCard(welcomeCard({ scope: scopeOf(context), ...(this.deps.appUrl ? { appUrl: this.deps.appUrl } : {}) }, port.locale));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // Teams may deliver the same message twice; answer it once.
    if (activity.id) {
      const first = await this.deps.repos.processedActivities.claim(activity.conversation.id, activity.id, this.deps.clock());
      if (!first) {
        this.deps.logger.info({ activityId: activity.id }, "duplicate message ignored");
        return;
      }
    }
    const port = turnPort(context);
    const locale = port.locale;
    const text = TurnContext.removeRecipientMention(activity as Activity) ?? activity.text ?? "";
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
    const handler = this.deps.commands[command.id];
    if (!handler) {
      await port.sendText(translate(locale, "command.notYet", { command: commandWord(command.id, locale) }));
      return;
    }
    await handler({ port, rest: command.rest });
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const port = turnPort(context);
    const verb = invokeValue.action?.verb ?? "";
    const handler = this.deps.cardActions[verb];
    if (!handler) {
      return messageResponse(translate(port.locale, "card.unknownAction"));
    }
    const data = (invokeValue.action?.data ?? {}) as Record<string, unknown>;
    const result = await handler({ verb, data, port, ...(context.activity.replyToId ? { replyToId: context.activity.replyToId } : {}) });
    if (result.kind === "message") return messageResponse(result.text);
    return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card as unknown as AdaptiveCardInvokeResponse["value"] };
  }
}

function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text as unknown as AdaptiveCardInvokeResponse["value"] };
}

function commandWord(id: CommandId, locale: Locale): string {
  const spec = COMMANDS.find((c) => c.id === id);
  return spec ? (locale === "fr" ? spec.fr : spec.en) : id;
}


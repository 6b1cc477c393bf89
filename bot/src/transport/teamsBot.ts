import { CardFactory, MessageFactory, TeamsActivityHandler, TurnContext, type Activity } from "botbuilder";
import type { AdaptiveCard } from "../cards/adaptiveCard";
import { campaignListCard } from "../cards/campaignListCard";
import { helpCard } from "../cards/helpCard";
import { welcomeCard } from "../cards/welcomeCard";
import { localeOf, type Locale } from "../i18n/locale";
import { translate } from "../i18n/translate";
import type { Logger } from "../logging/logger";
import { listCampaignSummaries } from "../services/campaignQueries";
import type { Clock } from "../services/clock";
import { COMMANDS, parseCommand } from "../services/commands";
import type { InstallationService } from "../services/installationService";
import type { Repositories } from "../storage/repositories";
import { conversationOf, scopeOf } from "./conversationOf";

export interface BotDeps {
  readonly repos: Repositories;
  readonly installation: InstallationService;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Deep link to the app's personal tab, shown on the welcome card when known. */
  readonly appUrl?: string;
}

// Echoing a user's text back is useful; echoing a page of it is not.
const ECHO_LIMIT = 80;

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
    const locale = localeOf(context.activity.locale);
    await sendCard(context, welcomeCard({ scope: scopeOf(context), ...(this.deps.appUrl ? { appUrl: this.deps.appUrl } : {}) }, locale));
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
    const locale = localeOf(activity.locale);
    const text = TurnContext.removeRecipientMention(activity as Activity) ?? activity.text ?? "";
    const command = parseCommand(text);

    if (command.kind === "empty") {
      await sendText(context, translate(locale, "hint.empty"));
      return;
    }
    if (command.kind === "unknown") {
      const shown = command.text.length > ECHO_LIMIT ? `${command.text.slice(0, ECHO_LIMIT)}…` : command.text;
      await sendText(context, translate(locale, "hint.unknown", { text: shown }));
      return;
    }
    switch (command.id) {
      case "help":
        await sendCard(context, helpCard(locale));
        return;
      case "campaigns": {
        const campaigns = await listCampaignSummaries(this.deps.repos);
        await sendCard(context, campaignListCard(campaigns, locale));
        return;
      }
      case "newCampaign":
      case "invite":
      case "workshop":
        await sendText(context, translate(locale, "command.notYet", { command: commandWord(command.id, locale) }));
        return;
    }
  }
}

function commandWord(id: (typeof COMMANDS)[number]["id"], locale: Locale): string {
  const spec = COMMANDS.find((c) => c.id === id);
  return spec ? (locale === "fr" ? spec.fr : spec.en) : id;
}

async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

/** Plain text: Teams must not render user-provided fragments as markdown. */
async function sendText(context: TurnContext, text: string): Promise<void> {
  const message = MessageFactory.text(text);
  message.textFormat = "plain";
  await context.sendActivity(message);
}

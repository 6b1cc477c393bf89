import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
  type TurnContext,
} from "botbuilder";
import type { AppConfig } from "../config/config";
import { localeOf } from "../i18n/locale";
import { translate } from "../i18n/translate";
import type { Logger } from "../logging/logger";

/**
 * CloudAdapter with botbuilder's own token validation. With no app id (local mode) botbuilder
 * accepts every request, which is why local mode only ever binds to loopback (see config).
 */
export function createBotAdapter(config: AppConfig, logger: Logger): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.bot.appId,
    ...(config.bot.password ? { MicrosoftAppPassword: config.bot.password } : {}),
    ...(config.bot.appType ? { MicrosoftAppType: config.bot.appType } : {}),
    ...(config.bot.tenantId ? { MicrosoftAppTenantId: config.bot.tenantId } : {}),
  });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, credentials));

  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error(
      { err: error, activityType: context.activity.type, activityId: context.activity.id, conversationType: context.activity.conversation?.conversationType },
      "bot turn failed",
    );
    // Invokes get their error through the HTTP response; messages get a friendly line, never the error text.
    if (context.activity.type === "message") {
      try {
        const message = MessageFactory.text(translate(localeOf(context.activity.locale), "error.internal"));
        message.textFormat = "plain";
        await context.sendActivity(message);
      } catch (sendError) {
        logger.warn({ err: sendError }, "could not tell the user about the failure");
      }
    }
  };
  return adapter;
}

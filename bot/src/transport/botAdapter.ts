import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
  type TurnContext,
} from "botbuilder";
import { AuthenticationError } from "botframework-connector";
import type { AuthenticateRequestResult } from "botframework-connector";
import type { Activity } from "botbuilder";
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
  // botbuilder takes one overridden endpoint as "all are custom": pass the public-cloud values with it.
  const authConfig = config.bot.openIdMetadataUrl
    ? {
        ToBotFromChannelOpenIdMetadataUrl: config.bot.openIdMetadataUrl,
        ToBotFromChannelTokenIssuer: "https://api.botframework.com",
        ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
        ToChannelFromBotOAuthScope: "https://api.botframework.com",
        OAuthUrl: "https://api.botframework.com",
        ToBotFromEmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
        CallerId: "urn:botframework:azure",
        ValidateAuthority: true,
      }
    : {};
  // The outbox is the only retry policy: botbuilder's own silent retries would spend rate budget it cannot see.
  const adapter = new CloudAdapter(
    new StrictBotFrameworkAuthentication(authConfig, credentials, undefined, undefined, { noRetryPolicy: true }),
  );

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

/**
 * botbuilder answers 500 when a token's signature, expiry or format is wrong (jsonwebtoken's errors
 * are not its AuthenticationError). A forged request is the caller's fault: make every such failure a 401.
 */
class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      const name = (error as { name?: string }).name ?? "";
      if (["JsonWebTokenError", "TokenExpiredError", "NotBeforeError"].includes(name)) {
        throw new AuthenticationError(`Unauthorized. ${name}`, 401);
      }
      throw error;
    }
  }
}

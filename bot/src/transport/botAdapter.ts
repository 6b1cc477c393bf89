import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
  type TurnContext,
} from "botbuilder";
import {
  AuthenticationError,
  ConnectorFactory,
  type ClaimsIdentity,
  type ConnectorClient,
} from "botframework-connector";
import type { AuthenticateRequestResult } from "botframework-connector";
import type { Activity } from "botbuilder";
import type { AppConfig } from "../config/config";
import { localeOf } from "../i18n/locale";
import { translate } from "../i18n/translate";
import type { Logger } from "../logging/logger";
import { isTransientError } from "../storage/storageErrors";
import type { Pipeline } from "@azure/core-rest-pipeline";
import { requestGatePolicy } from "./requestGate";

export interface BotAdapterOptions {
  /**
   * Whether the connector client retries by itself (429 after Retry-After, 5xx with back-off), as
   * botbuilder does by default. The outbox turns this off: it has its own retry policy and rate
   * budget, and hidden retries would both spend that budget unseen and hide every 429 from it.
   */
  readonly connectorRetries?: boolean;
}

/**
 * CloudAdapter with botbuilder's own token validation. With no app id (local mode) botbuilder
 * accepts every request, which is why local mode only ever binds to loopback (see config).
 */
export function createBotAdapter(config: AppConfig, logger: Logger, options: BotAdapterOptions = {}): CloudAdapter {
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
        ToBotFromEmulatorOpenIdMetadataUrl:
          "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
        CallerId: "urn:botframework:azure",
        ValidateAuthority: true,
      }
    : {};
  const adapter = new CloudAdapter(
    new StrictBotFrameworkAuthentication(authConfig, credentials, options.connectorRetries ?? true),
  );

  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const { type, name, id, locale, conversation } = context.activity;
    const passing = isTransientError(error);
    logger[passing ? "warn" : "error"](
      {
        err: error,
        activityType: type,
        activityId: id,
        conversationType: conversation?.conversationType,
        transient: passing,
      },
      "bot turn failed",
    );
    // Never the error's text. A card click is answered in the invoke's HTTP response (botbuilder
    // would answer an empty 501); a message gets a line of its own.
    try {
      if (type === "invoke" && name === "adaptiveCard/action") {
        const text = translate(localeOf(locale), passing ? "error.actionTryAgain" : "error.internal");
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: {
            status: 200,
            body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text },
          },
        });
      } else if (type === "message") {
        const message = MessageFactory.text(
          translate(localeOf(locale), passing ? "error.messageTryAgain" : "error.internal"),
        );
        message.textFormat = "plain";
        await context.sendActivity(message);
      }
    } catch (sendError) {
      logger.warn({ err: sendError }, "could not tell the user about the failure");
    }
  };
  return adapter;
}

/**
 * botbuilder answers 500 when a token's signature, expiry or format is wrong (jsonwebtoken's errors
 * are not its AuthenticationError). A forged request is the caller's fault: make every such failure a 401.
 */
class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    config: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    credentials: ConfigurationServiceClientCredentialFactory,
    private readonly connectorRetries: boolean,
  ) {
    super(config, credentials);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const factory = super.createConnectorFactory(claimsIdentity);
    return this.connectorRetries ? factory : new NoRetryConnectorFactory(factory);
  }

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

/**
 * botbuilder's `noRetryPolicy` option is not honoured by its compat client (it builds a default
 * @azure/core-client pipeline, whose retry policy retries 429s after Retry-After and 5xx errors),
 * so the policy is taken out of each client's pipeline. tests/integration/transport checks that a
 * 429 and a 502 each reach the connector once and come back as errors. The request gate goes last,
 * after signing, so a caller's rate limiter reserves its slot as the request leaves.
 */
class NoRetryConnectorFactory extends ConnectorFactory {
  constructor(private readonly inner: ConnectorFactory) {
    super();
  }

  override async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const client = await this.inner.create(serviceUrl, audience);
    const pipeline = (client as unknown as { client?: { pipeline?: Pipeline } }).client?.pipeline;
    if (!pipeline) throw new Error("botbuilder's connector client has no pipeline to take the retry policy out of");
    pipeline.removePolicy({ name: "defaultRetryPolicy" });
    pipeline.addPolicy(requestGatePolicy, { afterPhase: "Sign" });
    return client;
  }
}

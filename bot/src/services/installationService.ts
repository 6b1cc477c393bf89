import { createLogger, type Logger } from "../logging/logger";
import type { Repositories } from "../storage/repositories";
import type { StoredConversation } from "../storage/conversationRepository";
import type { Clock } from "./clock";
import { doOnce } from "./doOnce";

const WELCOME = "welcome";

/**
 * Teams announces one install twice (installationUpdate and conversationUpdate) and may resend
 * either: the conversation is saved every time, the welcome is sent once per installation. A
 * welcome that could not be sent (or whose sender died) is sent by the next announcement.
 */
export class InstallationService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly logger: Logger = createLogger("silent"),
  ) {}

  async installed(
    conversation: Omit<StoredConversation, "installedAt" | "updatedAt">,
    sendWelcome: () => Promise<void>,
  ): Promise<void> {
    const now = this.clock();
    const previous = await this.repos.conversations.get(conversation.conversationId);
    await this.repos.conversations.save({
      ...conversation,
      installedAt: previous?.installedAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    // The twin announcement arrives at the same moment: the one that claimed the welcome sends it.
    await doOnce(
      { claims: this.repos.processedActivities, clock: this.clock, logger: this.logger },
      conversation.conversationId,
      WELCOME,
      sendWelcome,
    );
  }

  /** After an uninstall, a later reinstall deserves a welcome again. */
  async uninstalled(conversationId: string): Promise<void> {
    await this.repos.processedActivities.forget(conversationId, WELCOME);
  }
}

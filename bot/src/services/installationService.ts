import type { Repositories } from "../storage/repositories";
import type { StoredConversation } from "../storage/conversationRepository";
import type { Clock } from "./clock";

const WELCOME = "welcome";

/**
 * Teams announces one install twice (installationUpdate and conversationUpdate) and may resend
 * either: the conversation is saved every time, the welcome is claimed once per installation.
 */
export class InstallationService {
  constructor(private readonly repos: Repositories, private readonly clock: Clock) {}

  async installed(conversation: Omit<StoredConversation, "installedAt" | "updatedAt">): Promise<{ sendWelcome: boolean }> {
    const now = this.clock();
    const previous = await this.repos.conversations.get(conversation.conversationId);
    await this.repos.conversations.save({
      ...conversation,
      installedAt: previous?.installedAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    const sendWelcome = await this.repos.processedActivities.claim(conversation.conversationId, WELCOME, now);
    return { sendWelcome };
  }

  /** After an uninstall, a later reinstall deserves a welcome again. */
  async uninstalled(conversationId: string): Promise<void> {
    await this.repos.processedActivities.release(conversationId, WELCOME);
  }

}

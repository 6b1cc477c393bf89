import { DocumentTable } from "./documentTable";
import type { TableClients } from "./tableClients";
import { tableKey } from "./tableKey";

/**
 * What the bot needs to write to a conversation later (proactive messages). Kept free of botbuilder
 * types so storage does not depend on the transport; the transport maps to and from its own type.
 */
export interface StoredConversation {
  readonly conversationId: string;
  readonly conversationType: "personal" | "channel" | "groupChat";
  readonly serviceUrl: string;
  readonly tenantId?: string;
  readonly teamId?: string;
  readonly teamName?: string;
  readonly channelId?: string;
  readonly botId: string;
  readonly botName?: string;
  /** For personal chats: the user's Entra object id, so a user can be reached 1:1. */
  readonly userAadObjectId?: string;
  readonly locale?: string;
  readonly installedAt: string;
  readonly updatedAt: string;
}

const BY_CONVERSATION = "conversation";
const BY_USER = "user";

export class ConversationRepository {
  private readonly table: DocumentTable<StoredConversation>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<StoredConversation>(clients, "conversations");
  }

  /** Upsert: the newest serviceUrl and bot identity win, which is what proactive sends need. */
  async save(c: StoredConversation): Promise<void> {
    await this.table.upsert(BY_CONVERSATION, tableKey(c.conversationId), c, { kind: c.conversationType });
    if (c.conversationType === "personal" && c.userAadObjectId) {
      await this.table.upsert(BY_USER, tableKey(c.userAadObjectId), c, { kind: c.conversationType });
    }
  }

  async get(conversationId: string): Promise<StoredConversation | undefined> {
    return (await this.table.get(BY_CONVERSATION, tableKey(conversationId)))?.value;
  }

  async personalFor(userAadObjectId: string): Promise<StoredConversation | undefined> {
    return (await this.table.get(BY_USER, tableKey(userAadObjectId)))?.value;
  }
}

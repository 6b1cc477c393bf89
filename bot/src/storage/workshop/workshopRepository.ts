import type { WorkshopNumber } from "../../domain/campaign";
import type { Workshop } from "../../domain/workshopMachine";
import type { CommitParty } from "../../domain/workshopTemplate";
import type { StoredConversation } from "../conversationRepository";
import { DocumentTable, type Versioned } from "../documentTable";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

/** A card the bot posted for a workshop, so a step change updates it in place instead of posting again. */
export interface PostedCard {
  readonly kind: "facilitator" | "participant";
  readonly activityId: string;
  readonly conversation: StoredConversation;
}

/** A chosen priority rewritten by the facilitator (workshop 3). `text` is the action only; the lead-in is added when shown. */
export interface CommitmentRecord {
  readonly sourceItemId: string;
  readonly party: CommitParty;
  readonly text: string;
}

/**
 * The workshop aggregate: the facilitator's pointer (domain Workshop, with its revision) and what
 * belongs to the session as a whole. One entity, written with its ETag, so two facilitators
 * clicking "next" at once cannot both move the pointer from the same step.
 */
export interface WorkshopRecord {
  readonly workshop: Workshop;
  /** Copied from the campaign so a participant's click needs one read, not two. */
  readonly campaignName: string;
  /** Key of the HMAC that turns identities into pseudonymous participant keys. Never sent to a client. */
  readonly secret: string;
  readonly joinCode: string;
  readonly postedCards: readonly PostedCard[];
  readonly commitments: readonly CommitmentRecord[];
}

export function workshopIdOf(campaignId: string, kind: WorkshopNumber): string {
  return `${campaignId}.w${kind}`;
}

const MAX_POSTED_CARDS = 20;

export class WorkshopRepository {
  private readonly table: DocumentTable<WorkshopRecord>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<WorkshopRecord>(clients, "workshops");
  }

  get(campaignId: string, kind: WorkshopNumber): Promise<Versioned<WorkshopRecord> | undefined> {
    return this.table.get(tableKey(campaignId), `w${kind}`);
  }

  /** False when the workshop exists already (another facilitator or a resent command created it first). */
  create(record: WorkshopRecord): Promise<boolean> {
    return this.table.insertOnce(tableKey(record.workshop.campaignId), `w${record.workshop.kind}`, record);
  }

  /** Conditional write: throws ConcurrencyError when the pointer moved since `etag`. */
  save(record: WorkshopRecord, etag: string): Promise<string> {
    return this.table.replace(tableKey(record.workshop.campaignId), `w${record.workshop.kind}`, record, etag);
  }

  update(
    campaignId: string,
    kind: WorkshopNumber,
    change: (r: WorkshopRecord) => WorkshopRecord | undefined,
  ): Promise<Versioned<WorkshopRecord> | undefined> {
    return this.table.update(tableKey(campaignId), `w${kind}`, change);
  }

  async rememberCard(campaignId: string, kind: WorkshopNumber, card: PostedCard): Promise<void> {
    await this.update(campaignId, kind, (r) => {
      if (r.postedCards.some((c) => c.activityId === card.activityId)) return undefined;
      return { ...r, postedCards: [...r.postedCards, card].slice(-MAX_POSTED_CARDS) };
    });
  }
}

interface JoinCodeEntry {
  readonly campaignId: string;
  readonly kind: WorkshopNumber;
}

/** Join code → workshop. The code dies with the workshop: lookups check that it has not ended. */
export class JoinCodeRepository {
  private readonly table: DocumentTable<JoinCodeEntry>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<JoinCodeEntry>(clients, "workshopJoinCodes");
  }

  /** False when the code is taken (a collision: draw another). */
  claim(code: string, entry: JoinCodeEntry): Promise<boolean> {
    return this.table.insertOnce("code", tableKey(code), entry);
  }

  async find(code: string): Promise<JoinCodeEntry | undefined> {
    if (code.length === 0) return undefined;
    return (await this.table.get("code", tableKey(code)))?.value;
  }
}

import { DocumentTable } from "./documentTable";
import type { TableClients } from "./tableClients";
import { tableKey } from "./tableKey";

export interface RosterMember {
  readonly id: string;
  readonly name: string;
}

/** Written last, so a reader never sees pages of a snapshot whose meta is missing. */
interface RosterMeta {
  readonly kind: "meta";
  readonly readAt: string;
  readonly pages: number;
}

interface RosterPage {
  readonly kind: "page";
  readonly members: readonly RosterMember[];
}

type RosterDocument = RosterMeta | RosterPage;

export interface RosterSnapshot {
  readonly members: readonly RosterMember[];
  readonly readAt: string;
}

// 1,000 members of about 60 characters keep a page near 60K characters, far under an entity's 1 MiB.
const PAGE_SIZE = 1000;

/**
 * The team's member list as Teams last gave it, for the people picker: one snapshot per team,
 * replaced as a whole on each read. Stored in pages because a city's team can have 7,000 members.
 */
export class RosterRepository {
  private readonly table: DocumentTable<RosterDocument>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<RosterDocument>(clients, "rosters");
  }

  async save(teamId: string, members: readonly RosterMember[], now: Date): Promise<void> {
    const pk = tableKey(teamId);
    const pages = Math.max(1, Math.ceil(members.length / PAGE_SIZE));
    await Promise.all(
      Array.from({ length: pages }, (_, i) =>
        this.table.upsert(pk, `page-${String(i).padStart(4, "0")}`, {
          kind: "page",
          members: members.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
        }),
      ),
    );
    const previous = await this.table.get(pk, "meta");
    await this.table.upsert(pk, "meta", { kind: "meta", readAt: now.toISOString(), pages });
    // Pages beyond the new count belong to a larger, older list: drop them after the meta moved on.
    const stale = previous?.value.kind === "meta" ? previous.value.pages : 0;
    for (let i = pages; i < stale; i++) await this.table.delete(pk, `page-${String(i).padStart(4, "0")}`);
  }

  async get(teamId: string): Promise<RosterSnapshot | undefined> {
    const pk = tableKey(teamId);
    const meta = await this.table.get(pk, "meta");
    if (!meta || meta.value.kind !== "meta") return undefined;
    const pages = await Promise.all(
      Array.from({ length: meta.value.pages }, (_, i) => this.table.get(pk, `page-${String(i).padStart(4, "0")}`)),
    );
    const members = pages.flatMap((p) => (p?.value.kind === "page" ? p.value.members : []));
    return { members, readAt: meta.value.readAt };
  }
}

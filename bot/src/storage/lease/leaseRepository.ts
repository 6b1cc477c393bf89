import { DocumentTable } from "../documentTable";
import { ConcurrencyError } from "../storageErrors";
import type { TableClients } from "../tableClients";
import { tableKey } from "../tableKey";

interface Lease {
  readonly holder: string;
  readonly expiresAt: number;
}

const PARTITION = "lease";

/**
 * A named lease with an expiry, stored in Tables so several instances can compete for one job:
 * whoever holds an unexpired lease works, the others wait. ETag-conditional writes decide races.
 */
export class LeaseRepository {
  private readonly table: DocumentTable<Lease>;

  constructor(clients: TableClients) {
    this.table = new DocumentTable<Lease>(clients, "leases");
  }

  /** Takes or renews the lease; true when `holder` holds it until now + durationMs. */
  async acquire(name: string, holder: string, now: number, durationMs: number): Promise<boolean> {
    const rk = tableKey(name);
    const wanted: Lease = { holder, expiresAt: now + durationMs };
    const current = await this.table.get(PARTITION, rk);
    if (!current) return this.table.insertOnce(PARTITION, rk, wanted);
    if (current.value.holder !== holder && current.value.expiresAt > now) return false;
    try {
      await this.table.replace(PARTITION, rk, wanted, current.etag);
      return true;
    } catch (error) {
      if (error instanceof ConcurrencyError) return false;
      throw error;
    }
  }

  /** Gives the lease up early (clean shutdown) so another instance need not wait for expiry. */
  async release(name: string, holder: string): Promise<void> {
    const rk = tableKey(name);
    const current = await this.table.get(PARTITION, rk);
    if (!current || current.value.holder !== holder) return;
    try {
      await this.table.replace(PARTITION, rk, { holder, expiresAt: 0 }, current.etag);
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }
}

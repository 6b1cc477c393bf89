import { ProcessedActivityRepository } from "./processedActivityRepository";
import type { TableClients } from "./tableClients";

/**
 * Which reminders were sent, one claim per reminder key (partition: the campaign): every instance
 * agrees on who sends it, and one whose send failed, or whose sender died, is sent by a later pass.
 * Rows written before claims had a state count as sent.
 */
export class ReminderLogRepository extends ProcessedActivityRepository {
  constructor(clients: TableClients) {
    super(clients, "reminders");
  }
}

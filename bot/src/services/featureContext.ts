import type { AppConfig } from "../config/config";
import type { Logger } from "../logging/logger";
import type { Repositories } from "../storage/repositories";
import type { TableClients } from "../storage/tableClients";
import type { Clock } from "./clock";
import type { ProactiveSender } from "./proactive";

/**
 * What app.ts builds every capability from, once: each capability's create…Services builds its
 * repositories from `tables` and is handed the services it uses of the others; its features and
 * routes then receive those built services, and build nothing from `tables` themselves.
 */
export interface FeatureContext {
  readonly config: AppConfig;
  readonly tables: TableClients;
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Direct sends (card updates, notices), retried by botbuilder's connector client as it does by default. */
  readonly proactive: ProactiveSender;
  /** The outbox's sends: no hidden retries, so its own retry policy and rate budget see every answer. */
  readonly outboxSender: ProactiveSender;
  /** A link opening a page of the tab (`/recruitment/<id>?section=messages`), for cards; undefined when none can be made. */
  readonly tabLink: (path: string) => string | undefined;
  /** The app's public base URL (https://host in production, http://127.0.0.1:port locally), for links in cards. */
  readonly publicBaseUrl: () => string;
}

import { LeaseRepository } from "../../storage/lease/leaseRepository";
import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";
import type { PersonDataDeps } from "./personData";
import { retentionWorker, type RetentionWorker } from "./retentionPurge";

export function privacyWorker(ctx: FeatureContext, personData: PersonDataDeps): RetentionWorker {
  return retentionWorker({
    ...personData,
    leases: new LeaseRepository(ctx.tables),
    days: ctx.config.retention.days,
    intervalMs: ctx.config.retention.purgeIntervalMs,
    logger: ctx.logger,
  });
}

/** Retention purge on every instance (the "retention" lease lets one work at a time). */
export function privacyFeature(
  ctx: FeatureContext,
  personData: PersonDataDeps,
): Feature & { readonly retention: RetentionWorker } {
  const retention = privacyWorker(ctx, personData);
  return { name: "privacy", workers: [retention], retention };
}

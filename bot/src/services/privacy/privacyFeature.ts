import { LeaseRepository } from "../../storage/lease/leaseRepository";
import { OutboxRepository } from "../../storage/outbox/outboxRepository";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import { UsagerRepository } from "../../storage/recruitment/usagerRepository";
import { VolunteerRepository } from "../../storage/recruitment/volunteerRepository";
import { AttendeeRepository } from "../../storage/workshop/attendeeRepository";
import type { Feature } from "../feature";
import type { FeatureContext } from "../featureContext";
import type { PersonDataDeps } from "./personData";
import { retentionWorker, type RetentionWorker } from "./retentionPurge";

export function personDataDeps(ctx: FeatureContext): PersonDataDeps {
  return {
    campaigns: ctx.repos.campaigns,
    volunteers: new VolunteerRepository(ctx.tables),
    usagers: new UsagerRepository(ctx.tables),
    records: new RecruitmentRecordRepository(ctx.tables),
    attendees: new AttendeeRepository(ctx.tables),
    outbox: new OutboxRepository(ctx.tables),
    posters: posterRepositories(ctx.tables).posters,
    roadmap: posterRepositories(ctx.tables).roadmap,
    now: ctx.clock,
  };
}

export function privacyWorker(ctx: FeatureContext): RetentionWorker {
  return retentionWorker({
    ...personDataDeps(ctx),
    leases: new LeaseRepository(ctx.tables),
    days: ctx.config.retention.days,
    intervalMs: ctx.config.retention.purgeIntervalMs,
    logger: ctx.logger,
  });
}

/** Retention purge on every instance (the "retention" lease lets one work at a time). */
export function privacyFeature(ctx: FeatureContext): Feature & { readonly retention: RetentionWorker } {
  const retention = privacyWorker(ctx);
  return { name: "privacy", workers: [retention], retention };
}

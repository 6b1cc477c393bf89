import { LeaseRepository } from "../../storage/lease/leaseRepository";
import { OutboxRepository } from "../../storage/outbox/outboxRepository";
import { UsagerRepository } from "../../storage/recruitment/usagerRepository";
import { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import { VolunteerRepository } from "../../storage/recruitment/volunteerRepository";
import type { TableClients } from "../../storage/tableClients";

/** Recruitment's repositories, one per aggregate, built from the shared table clients. */
export interface RecruitmentStores {
  readonly volunteers: VolunteerRepository;
  readonly records: RecruitmentRecordRepository;
  readonly outbox: OutboxRepository;
  readonly leases: LeaseRepository;
  readonly usagers: UsagerRepository;
}

export function recruitmentStores(tables: TableClients): RecruitmentStores {
  return {
    volunteers: new VolunteerRepository(tables),
    records: new RecruitmentRecordRepository(tables),
    outbox: new OutboxRepository(tables),
    leases: new LeaseRepository(tables),
    usagers: new UsagerRepository(tables),
  };
}

import type { TableClients } from "../tableClients";
import { AttendeeRepository } from "./attendeeRepository";
import { BallotRepository } from "./ballotRepository";
import { ContributionRepository } from "./contributionRepository";
import { ScaleRepository } from "./scaleRepository";
import { WorkshopSettingsRepository } from "./settingsRepository";
import { JoinCodeRepository, WorkshopRepository } from "./workshopRepository";

/** The workshop capability's repositories, one per aggregate. */
export interface WorkshopStores {
  readonly workshops: WorkshopRepository;
  readonly joinCodes: JoinCodeRepository;
  readonly contributions: ContributionRepository;
  readonly scale: ScaleRepository;
  readonly ballots: BallotRepository;
  readonly attendees: AttendeeRepository;
  readonly settings: WorkshopSettingsRepository;
}

export function createWorkshopStores(tables: TableClients): WorkshopStores {
  return {
    workshops: new WorkshopRepository(tables),
    joinCodes: new JoinCodeRepository(tables),
    contributions: new ContributionRepository(tables),
    scale: new ScaleRepository(tables),
    ballots: new BallotRepository(tables),
    attendees: new AttendeeRepository(tables),
    settings: new WorkshopSettingsRepository(tables),
  };
}

import type { DashboardDto } from "../../contracts/posterDtos";
import type { OutboxRepository } from "../../storage/outbox/outboxRepository";
import { createPosterRepositories, type PosterRepositories } from "../../storage/poster/posterRepositories";
import type { VolunteerRepository } from "../../storage/recruitment/volunteerRepository";
import type { AttendeeRepository } from "../../storage/workshop/attendeeRepository";
import type { FeatureContext } from "../featureContext";
import type { PersonDataDeps } from "../privacy/personData";
import { CommitteeService } from "../roadmap/committeeService";
import { buildDashboard, type DashboardFilters } from "../roadmap/dashboardService";
import { FollowService } from "../roadmap/followService";
import { RoadmapService } from "../roadmap/roadmapService";
import type { PosterDeps } from "./posterDeps";
import { PosterService, type PosterPorts } from "./posterService";
import { posterLinkOfUsager } from "./usagerPosterLink";
import { ValidationRequests } from "./validationRequests";

/** The poster, committee, roadmap and privacy services, built once by app.ts and shared by the bot and the routes. */
export interface PosterServices {
  readonly deps: PosterDeps;
  readonly repositories: PosterRepositories;
  readonly posters: PosterService;
  readonly validation: ValidationRequests;
  readonly committee: CommitteeService;
  readonly roadmap: RoadmapService;
  readonly follow: FollowService;
  dashboard(filters: DashboardFilters): Promise<DashboardDto>;
  /** An usager's follow-up link, for their own confirmation page (recruitment). */
  usagerPosterLink(campaignId: string, usagerId: string): Promise<string | undefined>;
  /** Everything a person's export and erasure read and write, across the capabilities' tables. */
  readonly personData: PersonDataDeps;
}

/**
 * What the poster capability reads of the others, handed in by app.ts from their own services: the
 * workshop's outcome and attendance, recruitment's panels, usagers, volunteers and outbox (a
 * person's export and erasure cover them all).
 */
export interface PosterServicePorts extends PosterPorts {
  readonly recruitment: PosterPorts["recruitment"] & {
    readonly volunteers: VolunteerRepository;
    readonly outbox: OutboxRepository;
  };
  readonly attendees: AttendeeRepository;
}

export function createPosterServices(ctx: FeatureContext, ports: PosterServicePorts): PosterServices {
  const repositories = createPosterRepositories(ctx.tables);
  const deps: PosterDeps = { ctx, repos: repositories };
  const { recruitment } = ports;
  const posters = new PosterService(deps, ports);
  return {
    deps,
    repositories,
    posters,
    validation: new ValidationRequests(deps),
    committee: new CommitteeService(deps),
    roadmap: new RoadmapService(deps),
    follow: new FollowService(deps, posters),
    dashboard: (filters) => buildDashboard(deps, filters),
    usagerPosterLink: posterLinkOfUsager(repositories.posters, ctx.publicBaseUrl),
    personData: {
      campaigns: ctx.repos.campaigns,
      volunteers: recruitment.volunteers,
      usagers: recruitment.usagers,
      records: recruitment.records,
      attendees: ports.attendees,
      outbox: recruitment.outbox,
      posters: repositories.posters,
      roadmap: repositories.roadmap,
      now: ctx.clock,
    },
  };
}

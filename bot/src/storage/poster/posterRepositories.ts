import type { TableClients } from "../tableClients";
import { CommitteeRepository } from "./committeeRepository";
import { FollowLinkRepository } from "./followLinkRepository";
import { NoticePreferenceRepository } from "./noticePreferenceRepository";
import { PosterRepository } from "./posterRepository";
import { RoadmapRepository } from "./roadmapRepository";

export interface PosterRepositories {
  readonly posters: PosterRepository;
  readonly links: FollowLinkRepository;
  readonly committee: CommitteeRepository;
  readonly roadmap: RoadmapRepository;
  readonly notices: NoticePreferenceRepository;
}

/** The poster capability's tables; built once by its composition (services/poster/posterServices.ts). */
export function createPosterRepositories(tables: TableClients): PosterRepositories {
  return {
    posters: new PosterRepository(tables),
    links: new FollowLinkRepository(tables),
    committee: new CommitteeRepository(tables),
    roadmap: new RoadmapRepository(tables),
    notices: new NoticePreferenceRepository(tables),
  };
}

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

// Repositories hold no state but table clients; one set per TableClients keeps table creation to once per process.
const cache = new WeakMap<TableClients, PosterRepositories>();

export function posterRepositories(tables: TableClients): PosterRepositories {
  let repos = cache.get(tables);
  if (!repos) {
    repos = {
      posters: new PosterRepository(tables),
      links: new FollowLinkRepository(tables),
      committee: new CommitteeRepository(tables),
      roadmap: new RoadmapRepository(tables),
      notices: new NoticePreferenceRepository(tables),
    };
    cache.set(tables, repos);
  }
  return repos;
}

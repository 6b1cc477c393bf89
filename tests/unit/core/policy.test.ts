import type { Campaign } from "../../../bot/src/domain/campaign";
import { ACTIONS, can, type Action, type Actor } from "../../../bot/src/services/policy";
import { campaign } from "../domain/fixtures";

/**
 * Who may do what, for every action and every kind of person: the table the tab's shown and hidden
 * buttons and the server's refusals both follow. A new action without a row here fails the last test.
 */
const c: Campaign = { ...campaign(), coordinatorIds: ["coord"], managerIds: ["manager"], readerIds: ["reader"] };
const people: Record<string, Actor> = {
  coordinator: { aadObjectId: "coord" },
  manager: { aadObjectId: "manager" },
  reader: { aadObjectId: "reader" },
  participant: { aadObjectId: "agent", isParticipant: true },
  colleague: { aadObjectId: "someone" },
  presenter: { aadObjectId: "someone", meetingRole: "Presenter" },
  anonymous: {},
};
const ALLOWED: Record<Action, readonly string[]> = {
  "campaign.create": ["coordinator", "manager", "reader", "participant", "colleague", "presenter"],
  "campaign.read": Object.keys(people),
  "campaign.edit": ["coordinator"],
  "campaign.move": ["coordinator"],
  "campaign.manageRoles": ["coordinator"],
  "campaign.invite": ["coordinator"],
  "campaign.selectPanel": ["coordinator", "manager"],
  "campaign.registerUsager": ["coordinator"],
  "campaign.nominateUsager": ["coordinator", "manager", "reader", "participant", "colleague", "presenter"],
  "campaign.exportPersonData": ["coordinator"],
  "workshop.facilitate": ["coordinator", "presenter"],
  "workshop.participate": Object.keys(people),
  "workshop.proxyEntry": ["coordinator", "presenter"],
  "poster.edit": ["coordinator"],
  "poster.validate": ["participant"],
  "poster.close": ["coordinator"],
  "committee.decide": ["coordinator"],
  "roadmap.read": Object.keys(people),
  "roadmap.edit": ["coordinator", "manager"],
};

describe("policy", () => {
  const cases = ACTIONS.flatMap((action) => Object.keys(people).map((who) => [action, who] as const));
  it.each(cases)("%s by a %s", (action, who) => {
    expect(can(people[who]!, action, c)).toBe(ALLOWED[action].includes(who));
  });

  it("has a row for every action", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...ACTIONS].sort());
  });

  it("gives a named reader no more than anyone in the organisation", () => {
    for (const action of ACTIONS) expect(can(people.reader!, action, c)).toBe(can(people.colleague!, action, c));
  });
});

import type { TeamsUser } from "../../tests/support/teamsActivities";
import { cardInvoke, meetingMessage } from "../../tests/support/workshopActivities";
import { post } from "./http";

/**
 * One seeded campaign's workshops driven as Teams drives them: card invokes and the meeting chat
 * message through /api/messages. The coordinator's commands carry the revision the facilitator
 * card would, counted here since each command moves it by one.
 */
export class BenchWorkshop {
  private revision = 0;

  constructor(
    private readonly url: string,
    private readonly connectorUrl: string,
    readonly campaignId: string,
    private readonly coordinator: TeamsUser,
  ) {}

  /** A card invoke (Action.Execute) on workshop `kind` of the campaign. */
  invoke(from: TeamsUser, verb: string, data: Record<string, unknown>, kind: number): object {
    return cardInvoke({
      serviceUrl: this.connectorUrl,
      from,
      verb,
      data: { campaignId: this.campaignId, kind, ...data },
    });
  }

  /** The coordinator writes "atelier" in the meeting chat (the facilitator card comes): a new workshop, revision 0. */
  async open(): Promise<void> {
    this.revision = 0;
    await post(this.url, meetingMessage({ serviceUrl: this.connectorUrl, from: this.coordinator, text: "atelier" }));
  }

  /** A facilitator command from the card (start, openInput, end…). */
  async command(kind: number, type: string): Promise<void> {
    await post(this.url, this.invoke(this.coordinator, `workshop.${type}`, { revision: this.revision }, kind));
    this.revision++;
  }
}

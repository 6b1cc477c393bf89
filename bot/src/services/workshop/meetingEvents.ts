import type { Campaign, WorkshopNumber } from "../../domain/campaign";
import { meetingEndedCard } from "../../cards/workshop/meetingEndedCard";
import type { Versioned } from "../../storage/documentTable";
import type { WorkshopRecord } from "../../storage/workshop/workshopRepository";
import type { ConversationPort, MeetingEventHandler } from "../botPorts";
import type { Actor } from "../policy";
import { WORKSHOP_STATES } from "./workshopRecords";
import type { WorkshopServices } from "./workshopServices";

/**
 * Who acts when Teams itself reports that the meeting started or ended: the meeting, with its
 * organiser's standing in the workshop policy (`workshop.facilitate` lets a meeting's organiser
 * run it). Nobody's identity: the event is authenticated as Teams', not as a person's click. This
 * is the only place the bot acts on a workshop without a facilitator's click.
 */
export const MEETING_EVENT_ACTOR: Actor = { meetingRole: "Organizer" };

const OPEN_PHASES: ReadonlySet<string> = new Set(["input", "closed", "revealed"]);
// A facilitator's click landing at the same moment moves the revision on: a few tries, then the click wins.
const PAUSE_TRIES = 3;

export interface MeetingEventDeps {
  readonly workshop: Pick<WorkshopServices, "service" | "updater">;
  /** The campaigns not closed. */
  listCampaigns(): Promise<Campaign[]>;
  /** Whether this chat is where the campaign's workshop `kind` runs (its meeting, or where « atelier » opened it). */
  linkedTo(campaign: Campaign, kind: WorkshopNumber, conversationId: string): boolean;
  /** Posts the facilitator's and participants' cards, as « atelier » does. */
  open(port: ConversationPort, campaign: Campaign, actor: Actor): Promise<void>;
}

/** The campaign whose current workshop runs in this chat, and which workshop; none when no campaign is linked. */
async function campaignOfMeeting(
  deps: MeetingEventDeps,
  conversationId: string,
): Promise<{ campaign: Campaign; kind: WorkshopNumber } | undefined> {
  for (const campaign of await deps.listCampaigns()) {
    const kind = WORKSHOP_STATES[campaign.state];
    if (kind !== undefined && deps.linkedTo(campaign, kind, conversationId)) return { campaign, kind };
  }
  return undefined;
}

/**
 * At start, the facilitator's card in the meeting chat, so the workshop starts in one click; at end,
 * an open workshop paused (nothing lost) and the facilitator asked whether to end it. A meeting no
 * campaign is linked to, or whose workshop is not open, hears nothing from the bot.
 */
export function workshopMeetingEvents(deps: MeetingEventDeps): {
  start: MeetingEventHandler;
  end: MeetingEventHandler;
} {
  const { service, updater } = deps.workshop;

  async function pause(campaign: Campaign, kind: WorkshopNumber): Promise<Versioned<WorkshopRecord> | undefined> {
    for (let attempt = 0; attempt < PAUSE_TRIES; attempt++) {
      const current = await service.records.load(campaign.id, kind);
      if (!current || !OPEN_PHASES.has(current.value.workshop.pointer.phase)) return undefined;
      const paused = await service.commands.command(
        campaign,
        kind,
        MEETING_EVENT_ACTOR,
        { type: "pause" },
        current.value.workshop.revision,
      );
      if (!paused.ok) return undefined;
      if (paused.value.changed) return paused.value.record;
    }
    return undefined;
  }

  return {
    start: async ({ port }) => {
      const found = await campaignOfMeeting(deps, port.conversation.conversationId);
      if (!found) return;
      const record = await service.records.load(found.campaign.id, found.kind);
      if (record?.value.workshop.pointer.phase === "ended") return;
      await deps.open(port, found.campaign, MEETING_EVENT_ACTOR);
    },
    end: async ({ port }) => {
      const found = await campaignOfMeeting(deps, port.conversation.conversationId);
      if (!found) return;
      const paused = await pause(found.campaign, found.kind);
      if (!paused) return;
      // Every card posted for the workshop shows the pause; the question below is a card of its own.
      void updater.schedule(found.campaign, paused.value);
      await port.sendCard(
        meetingEndedCard(
          {
            campaign: { id: found.campaign.id, name: found.campaign.name },
            kind: found.kind,
            revision: paused.value.workshop.revision,
          },
          port.locale,
        ),
      );
    },
  };
}

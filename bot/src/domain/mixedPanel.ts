/**
 * Workshop 3 gathers half of the agent panel and half of the usager panel, volunteers again.
 * Each half is balanced against the make-up of the panel it comes from (by default the
 * volunteers themselves), so the mixed panel keeps the diversity of workshops 1 and 2.
 *
 * Odd size: the extra seat goes to the side with more volunteers (usagers on a tie, as they
 * are the side the administration hears least). A short side is reported, not compensated by
 * the other: an unbalanced mixed panel is the coordinator's call.
 */
import { makeupFromVolunteers, type Makeup } from "./makeup";
import { proposePanel, type PanelProposal } from "./panelBalance";
import { err, ok, type Result } from "./result";
import { AGENT_DIMENSIONS, USAGER_DIMENSIONS, type AgentProfile, type UsagerProfile, type Volunteer } from "./profiles";

/** An agent's or an usager's answer to « taking part in workshop 3? ». */
export const MIXED_ANSWERS = ["yes", "no"] as const;
export type MixedAnswer = (typeof MIXED_ANSWERS)[number];

export interface MixedPanelProposal {
  readonly agentSeats: number;
  readonly usagerSeats: number;
  readonly agents: PanelProposal;
  readonly usagers: PanelProposal;
}

export interface MixedPanelOptions {
  readonly agentMakeup?: Makeup<AgentProfile>;
  readonly usagerMakeup?: Makeup<UsagerProfile>;
}

// Different streams for the two halves, so both do not share the same shuffle pattern.
const USAGER_SEED_SALT = 0x9e3779b9;

export function proposeMixedPanel(
  agentPanelVolunteers: readonly Volunteer<AgentProfile>[],
  usagerPanelVolunteers: readonly Volunteer<UsagerProfile>[],
  size: number,
  seed: number,
  options: MixedPanelOptions = {},
): MixedPanelProposal {
  const total = Math.max(0, Math.floor(size));
  const half = Math.floor(total / 2);
  const extraToAgents = total % 2 === 1 && agentPanelVolunteers.length > usagerPanelVolunteers.length;
  const agentSeats = half + (extraToAgents ? 1 : 0);
  const usagerSeats = total - agentSeats;
  const agents = proposePanel({
    volunteers: agentPanelVolunteers,
    makeup: options.agentMakeup ?? makeupFromVolunteers(agentPanelVolunteers),
    size: agentSeats,
    seed,
    dimensions: AGENT_DIMENSIONS,
  });
  const usagers = proposePanel({
    volunteers: usagerPanelVolunteers,
    makeup: options.usagerMakeup ?? makeupFromVolunteers(usagerPanelVolunteers),
    size: usagerSeats,
    seed: (seed ^ USAGER_SEED_SALT) >>> 0,
    dimensions: USAGER_DIMENSIONS,
  });
  return { agentSeats, usagerSeats, agents, usagers };
}

export interface SettledMixedPanel {
  readonly agentIds: readonly string[];
  readonly usagerIds: readonly string[];
}

/**
 * The mixed panel as the coordinator confirms it, each id once and sorted. Nobody on either side
 * is refused; one short or empty side is not, for the same reason the proposal reports a short
 * side instead of filling it: the balance is the coordinator's call.
 */
export function settleMixedPanel(agentIds: readonly string[], usagerIds: readonly string[]): Result<SettledMixedPanel> {
  const agents = [...new Set(agentIds)].sort();
  const usagers = [...new Set(usagerIds)].sort();
  return agents.length + usagers.length === 0 ? err("panel.mixedEmpty") : ok({ agentIds: agents, usagerIds: usagers });
}

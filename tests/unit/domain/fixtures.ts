import {
  applyCommand,
  createCampaign,
  createWorkshop,
  defaultWorkshopSettings,
  type Campaign,
  type FacilitatorCommand,
  type Result,
  type Workshop,
  type WorkshopNumber,
  type WorkshopSettings,
} from "../../../bot/src/domain";

export const NOW = new Date("2027-03-01T09:00:00.000Z");

export function at(minutes: number): Date {
  return new Date(NOW.getTime() + minutes * 60_000);
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code} ${JSON.stringify(result.error.params ?? {})}`);
  return result.value;
}

export function errorOf<T>(result: Result<T>): { code: string; params?: Record<string, string | number> } {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

export function campaign(overrides: Partial<Parameters<typeof createCampaign>[0]> = {}): Campaign {
  return unwrap(
    createCampaign(
      {
        id: "c1",
        name: "Service funéraire — 2027",
        approach: "thematic",
        services: ["Service funéraire"],
        coordinatorIds: ["coord-1"],
        ...overrides,
      },
      NOW,
    ),
  );
}

export function workshop(kind: WorkshopNumber = 1, settings: WorkshopSettings = defaultWorkshopSettings()): Workshop {
  return createWorkshop({ id: `w${kind}`, campaignId: "c1", kind, settings }, NOW);
}

export function run(w: Workshop, ...commands: FacilitatorCommand["type"][]): Workshop {
  let current = w;
  for (const type of commands) {
    const command = (type === "setCountdown" ? { type, seconds: 60 } : { type }) as FacilitatorCommand;
    current = unwrap(applyCommand(current, command, NOW));
  }
  return current;
}

/** A workshop started and moved to the given step, input open. */
export function openAt(kind: WorkshopNumber, nexts: number, settings?: WorkshopSettings): Workshop {
  let w = run(workshop(kind, settings), "start");
  for (let i = 0; i < nexts; i++) w = run(w, "next");
  return run(w, "openInput");
}

import type { CommandId } from "./commands";
import type { CardActionHandler, CommandHandler } from "./botPorts";

/** Work that runs in the background of every instance (outbox, reminders, purges). */
export interface BackgroundWorker {
  readonly name: string;
  start(): void;
  stop(): Promise<void>;
}

/**
 * A capability of the app (recruitment, workshops, poster...) plugs in here: the commands it
 * answers, the Action.Execute verbs it owns, its background work. app.ts merges the features;
 * two features claiming one verb is a start-up error, not a silent override.
 */
export interface Feature {
  readonly name: string;
  readonly commands?: Partial<Record<CommandId, CommandHandler>>;
  readonly cardActions?: Readonly<Record<string, CardActionHandler>>;
  readonly workers?: readonly BackgroundWorker[];
}

export interface MergedFeatures {
  readonly commands: Partial<Record<CommandId, CommandHandler>>;
  readonly cardActions: Readonly<Record<string, CardActionHandler>>;
  readonly workers: readonly BackgroundWorker[];
}

export function mergeFeatures(features: readonly Feature[]): MergedFeatures {
  const commands: Partial<Record<CommandId, CommandHandler>> = {};
  const cardActions: Record<string, CardActionHandler> = {};
  const workers: BackgroundWorker[] = [];
  for (const feature of features) {
    for (const [id, handler] of Object.entries(feature.commands ?? {}) as [CommandId, CommandHandler][]) {
      if (commands[id]) throw new Error(`Command ${id} is claimed twice (second: ${feature.name})`);
      commands[id] = handler;
    }
    for (const [verb, handler] of Object.entries(feature.cardActions ?? {})) {
      if (cardActions[verb]) throw new Error(`Card verb ${verb} is claimed twice (second: ${feature.name})`);
      cardActions[verb] = handler;
    }
    workers.push(...(feature.workers ?? []));
  }
  return { commands, cardActions, workers };
}

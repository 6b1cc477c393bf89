import type { CommandId } from "../domain/commands";
import type { CardActionHandler, CommandHandler, MeetingEventHandler } from "./botPorts";

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
  /** What to do when a Teams meeting whose chat has the bot starts or ends. */
  readonly meetingEvents?: { readonly start?: MeetingEventHandler; readonly end?: MeetingEventHandler };
  /**
   * The feature's own verbs an anonymous meeting guest may send (answering a card). Every other
   * verb, and every command, is refused to them by transport.
   */
  readonly guestVerbs?: readonly string[];
}

export interface MeetingEventHandlers {
  readonly start: readonly MeetingEventHandler[];
  readonly end: readonly MeetingEventHandler[];
}

export interface MergedFeatures {
  readonly commands: Partial<Record<CommandId, CommandHandler>>;
  /** A Map: verbs come from the user's click, and `__proto__` or `constructor` must find nothing. */
  readonly cardActions: ReadonlyMap<string, CardActionHandler>;
  readonly workers: readonly BackgroundWorker[];
  /** Every feature listening to a meeting event is called, in the features' order. */
  readonly meetingEvents: MeetingEventHandlers;
  readonly guestVerbs: ReadonlySet<string>;
}

export function mergeFeatures(features: readonly Feature[]): MergedFeatures {
  const commands = new Map<CommandId, CommandHandler>();
  const cardActions = new Map<string, CardActionHandler>();
  const workers: BackgroundWorker[] = [];
  const start: MeetingEventHandler[] = [];
  const end: MeetingEventHandler[] = [];
  const guestVerbs = new Set<string>();
  for (const feature of features) {
    for (const [id, handler] of Object.entries(feature.commands ?? {}) as [CommandId, CommandHandler][]) {
      if (commands.has(id)) throw new Error(`Command ${id} is claimed twice (second: ${feature.name})`);
      commands.set(id, handler);
    }
    for (const [verb, handler] of Object.entries(feature.cardActions ?? {})) {
      if (cardActions.has(verb)) throw new Error(`Card verb ${verb} is claimed twice (second: ${feature.name})`);
      cardActions.set(verb, handler);
    }
    workers.push(...(feature.workers ?? []));
    if (feature.meetingEvents?.start) start.push(feature.meetingEvents.start);
    if (feature.meetingEvents?.end) end.push(feature.meetingEvents.end);
    for (const verb of feature.guestVerbs ?? []) {
      // A feature opens only its own verbs to guests.
      if (!Object.hasOwn(feature.cardActions ?? {}, verb))
        throw new Error(`Guest verb ${verb} is not a verb of ${feature.name}`);
      guestVerbs.add(verb);
    }
  }
  return {
    commands: Object.fromEntries(commands) as Partial<Record<CommandId, CommandHandler>>,
    cardActions,
    workers,
    meetingEvents: { start, end },
    guestVerbs,
  };
}

/** The handler of a command, looked up as an own property only (never one of Object.prototype's). */
export function commandHandler(
  commands: Partial<Record<CommandId, CommandHandler>>,
  id: string,
): CommandHandler | undefined {
  return Object.hasOwn(commands, id) ? commands[id as CommandId] : undefined;
}

/** Time is passed in, never read from globals in rules, so tests and replays are deterministic. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

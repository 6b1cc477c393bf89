/**
 * Calendar arithmetic in the organisation's time zone. Workshops are planned in local days
 * (Europe/Paris by default): "15 days apart" and "not on a weekend" are about wall-clock days,
 * not about multiples of 24 hours in UTC.
 */
export const DEFAULT_TIME_ZONE = "Europe/Paris";
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A Date from a Date or an ISO string; an unparsable value is a programming error upstream. */
export function toInstant(value: Date | string): Date {
  const d = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return d;
}

export function isValidInstant(value: string): boolean {
  return !Number.isNaN(new Date(value).getTime());
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2027-02-30). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The local calendar date, YYYY-MM-DD. */
export function localDate(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = localParts(toInstant(instant), timeZone);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

function localDayNumber(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}

/** Whole local calendar days from a to b (negative when b is on an earlier day). */
export function calendarDaysBetween(a: Date | string, b: Date | string, timeZone: string = DEFAULT_TIME_ZONE): number {
  return localDayNumber(toInstant(b), timeZone) - localDayNumber(toInstant(a), timeZone);
}

/** 0 = Sunday … 6 = Saturday, in the given zone. */
export function localWeekday(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): number {
  const p = localParts(toInstant(instant), timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Same local wall-clock time, `days` local days later (a 14:00 workshop stays at 14:00 across DST). */
export function addLocalDays(instant: Date | string, days: number, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const start = toInstant(instant);
  const naive = new Date(start.getTime() + days * DAY_MS);
  return new Date(naive.getTime() + offsetMs(start, timeZone) - offsetMs(naive, timeZone));
}

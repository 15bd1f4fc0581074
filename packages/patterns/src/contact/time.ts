// Time-zone arithmetic on Intl.DateTimeFormat alone: no time-zone database ships with Samspill.

/** A calendar date without a zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock reading in a zone: the calendar date and minutes since midnight. */
export interface WallClock extends CalendarDate {
  minutes: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows `timeZone` as an IANA zone. */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What the wall clock in `timeZone` shows at `instant` (to the second, in `seconds`). */
export function wallClockAt(instant: number, timeZone: string): WallClock & { seconds: number } {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    minutes: (values.hour ?? 0) * 60 + (values.minute ?? 0),
    seconds: values.second ?? 0,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (ahead of UTC is positive). */
export function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day) + wall.minutes * MINUTE + wall.seconds * 1000;
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Day of the week of a calendar date: 0 is Monday, 6 is Sunday. */
export function weekdayIndex(date: CalendarDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** `YYYY-MM-DD`. */
export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Reads `YYYY-MM-DD` as a calendar date; undefined when it is not a real date. */
export function parseIsoDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isoDate(addDays(date, 0)) === text ? date : undefined;
}

/** Reads `HH:MM` (00:00 to 24:00) as minutes since midnight; undefined when it is not such a time. */
export function parseWallTime(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= 24 * 60 ? minutes : undefined;
}

/**
 * The instant the zone's wall clock first reads `minutes` past midnight on `date` (1440 is the next midnight).
 * In an autumn overlap that is the first of the two readings; a time the clocks skip in spring is the moment they
 * skip to, when the clock first shows a later time. So 02:30 on the spring-forward night in Oslo is 03:00 CEST.
 */
export function zonedTimeToInstant(date: CalendarDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE;
  // The offsets a day either side cover any single transition near this wall time.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const valid = [wall - before, wall - after].filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  if (valid.length > 0) return Math.min(...valid);
  // A gap: the transition lies between the two candidates; find the first minute with the later offset.
  let low = Math.min(wall - before, wall - after);
  let high = Math.max(wall - before, wall - after);
  const lowOffset = offsetAt(low, timeZone);
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetAt(middle, timeZone) === lowOffset) low = middle;
    else high = middle;
  }
  return high;
}

import { weekdays, type Availability, type HoursException, type OpeningHours, type TimeInterval } from './model.js';
import {
  addDays,
  isoDate,
  parseWallTime,
  wallClockAt,
  weekdayIndex,
  zonedTimeToInstant,
  type CalendarDate,
} from './time.js';

/** An opening as instants: `start` included, `end` not. */
export interface OpenInterval {
  start: Date;
  end: Date;
}

export interface AvailabilityOptions {
  /** How many days ahead to look for the next opening.
   * @default 14 */
  horizonDays?: number;
}

/** The exception that covers a date, if any (the last one listed wins when several do). */
export function exceptionOn(hours: OpeningHours, date: CalendarDate): HoursException | undefined {
  const day = isoDate(date);
  let found: HoursException | undefined;
  for (const exception of hours.exceptions ?? []) {
    if (exception.date <= day && day <= (exception.until ?? exception.date)) found = exception;
  }
  return found;
}

/** The wall-clock intervals that apply on a date: its exception's, or the weekly schedule's. */
export function intervalsOn(hours: OpeningHours, date: CalendarDate): TimeInterval[] {
  return exceptionOn(hours, date)?.intervals ?? hours.weekly[weekdays[weekdayIndex(date)]!] ?? [];
}

interface Span {
  start: number;
  end: number;
}

/** Openings from the start of `from` (a date in the zone) for `days` days, merged across midnight. */
function spans(hours: OpeningHours, from: CalendarDate, days: number): Span[] {
  const list: Span[] = [];
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(from, offset);
    for (const interval of intervalsOn(hours, date)) {
      const open = parseWallTime(interval.open);
      const close = parseWallTime(interval.close);
      if (open === undefined || close === undefined || close <= open) continue;
      const start = zonedTimeToInstant(date, open, hours.timeZone);
      const end = zonedTimeToInstant(date, close, hours.timeZone);
      // A whole interval inside a spring-forward gap never happens on the clock.
      if (end > start) list.push({ start, end });
    }
  }
  list.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of list) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Whether the hours are open at `at`, and when that changes, worked out in the hours' own time zone: the pure
 * function behind every open/closed status. Intervals that meet at midnight count as one opening, so a chat open
 * 20:00–24:00 and 00:00–02:00 is "open, closes 02:00" at 23:00.
 */
export function getAvailability(hours: OpeningHours, at: Date, options: AvailabilityOptions = {}): Availability {
  const horizonDays = options.horizonDays ?? 14;
  const instant = at.getTime();
  const today = wallClockAt(instant, hours.timeZone);
  // From yesterday, so an opening that began before midnight is seen; one day past the horizon to find its end.
  const list = spans(hours, addDays(today, -1), horizonDays + 2);
  const exception = exceptionOn(hours, today);
  const horizonEnd = zonedTimeToInstant(addDays(today, horizonDays + 1), 0, hours.timeZone);
  const current = list.find((span) => span.start <= instant && instant < span.end);
  if (current) {
    return {
      isOpen: true,
      ...(current.end < horizonEnd && { closesAt: new Date(current.end) }),
      ...(exception && { exception }),
    };
  }
  const next = list.find((span) => span.start > instant && span.start <= instant + horizonDays * 86_400_000);
  return { isOpen: false, ...(next && { opensAt: new Date(next.start) }), ...(exception && { exception }) };
}

/** Every opening between `from` and `from + days` (in the hours' zone, from the start of `from`'s day). */
export function openIntervals(hours: OpeningHours, from: Date, days: number): OpenInterval[] {
  const start = wallClockAt(from.getTime(), hours.timeZone);
  return spans(hours, start, days).map((span) => ({ start: new Date(span.start), end: new Date(span.end) }));
}

export interface SlotOptions {
  /** How many days ahead, counting today in the hours' zone.
   * @default 5 */
  days?: number;
  /** The length of one slot in minutes.
   * @default 30 */
  slotMinutes?: number;
  /** The least notice in minutes: a slot must start at least this long after `from`.
   * @default 30 */
  leadMinutes?: number;
}

/** Time slots wholly inside the opening hours, starting no sooner than the lead time after `from`. */
export function openingSlots(hours: OpeningHours, from: Date, options: SlotOptions = {}): OpenInterval[] {
  const { days = 5, slotMinutes = 30, leadMinutes = 30 } = options;
  const length = slotMinutes * 60_000;
  const earliest = from.getTime() + leadMinutes * 60_000;
  const slots: OpenInterval[] = [];
  for (const interval of openIntervals(hours, from, days)) {
    for (let start = interval.start.getTime(); start + length <= interval.end.getTime(); start += length) {
      if (start >= earliest) slots.push({ start: new Date(start), end: new Date(start + length) });
    }
  }
  return slots;
}

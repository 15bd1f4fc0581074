import { localize, type Translate } from '@samspill/react';
import { formattingLocale } from '../locales/intl.js';
import { getAvailability } from './availability.js';
import { weekdays, type Availability, type ExpectedWait, type OpeningHours, type TimeInterval } from './model.js';
import { addDays, isoDate, offsetAt, parseIsoDate, parseWallTime, wallClockAt, type CalendarDate } from './time.js';

export interface FormatOptions {
  /** BCP 47 tag of the visitor's language: sets words, number style and the 12- or 24-hour clock. */
  locale: string;
  /** The service's IANA zone: times are told as its clocks show them. */
  timeZone: string;
  /** Add the zone's short name ("16:00 CET") for visitors whose own clocks show another time. */
  showTimeZone?: boolean;
}

const DAY = 86_400_000;
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(formattingLocale(locale), options);
    cache.set(key, found);
  }
  return found;
}

/** A time of day as the service's clocks show it, in the visitor's language and clock: "16:00", "4:00 PM". */
export function formatTime(instant: Date, { locale, timeZone, showTimeZone }: FormatOptions): string {
  return formatter(locale, {
    ...hourStyle(locale),
    minute: '2-digit',
    timeZone,
    ...(showTimeZone && { timeZoneName: 'short' }),
  }).format(instant);
}

/** "08:00" on a 24-hour clock, as timetables write it; "8:00 AM" on a 12-hour one. */
function hourStyle(locale: string): Pick<Intl.DateTimeFormatOptions, 'hour'> {
  const cycle = formatter(locale, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions().hourCycle;
  return { hour: cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric' };
}

/** Whole days from the date of `now` to the date of `instant`, both in the zone. */
function daysBetween(now: Date, instant: Date, timeZone: string): number {
  const a = wallClockAt(now.getTime(), timeZone);
  const b = wallClockAt(instant.getTime(), timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/** "today at 08:00", "tomorrow at 08:00", "Monday at 08:00" (within a week), "2 January at 08:00". */
export function formatWhen(instant: Date, now: Date, t: Translate, options: FormatOptions): string {
  const time = formatTime(instant, options);
  const days = daysBetween(now, instant, options.timeZone);
  if (days === 0) return t('when.today', { time });
  if (days === 1) return t('when.tomorrow', { time });
  if (days > 1 && days < 7) {
    const day = weekdays[weekdayOf(instant, options.timeZone)]!;
    return t('when.weekday', { weekday: t(`weekday.${day}`), time });
  }
  const date = formatter(options.locale, { day: 'numeric', month: 'long', timeZone: options.timeZone }).format(instant);
  return t('when.date', { date, time });
}

function weekdayOf(instant: Date, timeZone: string): number {
  const wall = wallClockAt(instant.getTime(), timeZone);
  return (new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() + 6) % 7;
}

/** How a status looks: `closing-soon` is an open channel that closes within the warning time. */
export type StatusState = 'open' | 'closing-soon' | 'closed';

export interface StatusOptions extends FormatOptions {
  /** Minutes before closing from which the status says "Closing soon".
   * @default 30 */
  closingSoonMinutes?: number;
}

/**
 * The one-line status for a channel at `now`: "Open now · closes 16:00", "Closed · opens tomorrow at 08:00",
 * "Closed today: Christmas Day · opens Monday at 08:00".
 */
export function describeAvailability(
  availability: Availability,
  now: Date,
  t: Translate,
  options: StatusOptions,
): { state: StatusState; text: string } {
  const { closingSoonMinutes = 30, timeZone } = options;
  const parts: string[] = [];
  const exceptionLabel = availability.exception?.label;
  const label = exceptionLabel === undefined ? undefined : localize(exceptionLabel, options.locale);
  if (availability.isOpen) {
    const closesAt = availability.closesAt;
    const soon = closesAt !== undefined && closesAt.getTime() - now.getTime() <= closingSoonMinutes * 60_000;
    parts.push(t(soon ? 'contact.status.closingSoon' : 'contact.status.open'));
    if (closesAt) {
      const wall = wallClockAt(closesAt.getTime(), timeZone);
      // Closing at midnight belongs to the day that ends, not to "tomorrow at 00:00".
      const sameDay =
        daysBetween(now, closesAt, timeZone) === 0 ||
        (daysBetween(now, closesAt, timeZone) === 1 && wall.minutes === 0);
      parts.push(
        sameDay
          ? t('contact.closesToday', { time: formatTime(closesAt, options) })
          : t('contact.closes', { when: formatWhen(closesAt, now, t, options) }),
      );
    }
    if (label) parts.push(label);
    return { state: soon ? 'closing-soon' : 'open', text: parts.join(' · ') };
  }
  parts.push(
    label && availability.exception?.intervals.length === 0
      ? t('contact.status.closedToday', { label })
      : t('contact.status.closed'),
  );
  if (availability.opensAt) parts.push(t('contact.opens', { when: formatWhen(availability.opensAt, now, t, options) }));
  return { state: 'closed', text: parts.join(' · ') };
}

/** The status of opening hours at `now`, ready to show. */
export function statusAt(hours: OpeningHours, now: Date, t: Translate, options: Omit<StatusOptions, 'timeZone'>) {
  return describeAvailability(getAvailability(hours, now), now, t, { ...options, timeZone: hours.timeZone });
}

/** "about 5 minutes" is the translation's job; this gives "5 minutes", "5 minutter", "5 хвилин". */
export function formatDuration(wait: ExpectedWait, locale: string): string {
  return new Intl.NumberFormat(formattingLocale(locale), {
    style: 'unit',
    unit: wait.unit,
    unitDisplay: 'long',
  }).format(wait.value);
}

/** A wall-clock time of the schedule ("08:00", "8:00 AM"); 24:00 is shown as the midnight it is. */
export function formatWallTime(text: string, locale: string): string {
  const minutes = parseWallTime(text) ?? 0;
  return formatter(locale, { ...hourStyle(locale), minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, 0, minutes % 1440),
  );
}

/** ["08:00–16:00", "18:00–20:00"]; ["Closed"] for a closed day, ["Open all day"] for 00:00–24:00. */
function formatIntervals(intervals: TimeInterval[] | undefined, locale: string, t: Translate): string[] {
  if (!intervals || intervals.length === 0) return [t('contact.hours.closed')];
  if (intervals.length === 1 && intervals[0]!.open === '00:00' && intervals[0]!.close === '24:00')
    return [t('contact.hours.allDay')];
  return [...intervals]
    .sort((a, b) => (a.open < b.open ? -1 : 1))
    .map((interval) => `${formatWallTime(interval.open, locale)}–${formatWallTime(interval.close, locale)}`);
}

const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** One line of a printed schedule. */
export interface ScheduleRow {
  /** "Monday–Friday", "24 December", "24–26 December". */
  days: string;
  /** Each range of the day ("08:00–16:00"), or the one word "Closed": kept apart so a line never breaks inside one. */
  times: string[];
  /** An exception's reason. */
  label?: string;
}

/** The weekly schedule as rows, with runs of days that share their hours joined: "Monday–Friday 08:00–16:00". */
export function weeklyRows(hours: OpeningHours, locale: string, t: Translate): ScheduleRow[] {
  const dayName = (index: number) =>
    capitalise(formatter(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index)), locale);
  const rows: ScheduleRow[] = [];
  let runStart = 0;
  for (let index = 1; index <= weekdays.length; index++) {
    const previous = formatIntervals(hours.weekly[weekdays[index - 1]!], locale, t);
    const current = index < weekdays.length ? formatIntervals(hours.weekly[weekdays[index]!], locale, t) : undefined;
    if (current?.join() !== previous.join()) {
      rows.push({
        days: runStart === index - 1 ? dayName(runStart) : `${dayName(runStart)}–${dayName(index - 1)}`,
        times: previous,
      });
      runStart = index;
    }
  }
  return rows;
}

/** Exceptions that touch the next `days` days from `now`, in date order, as rows. */
export function upcomingExceptionRows(
  hours: OpeningHours,
  now: Date,
  locale: string,
  t: Translate,
  days = 14,
): ScheduleRow[] {
  const today = wallClockAt(now.getTime(), hours.timeZone);
  const first = isoDate(today);
  const last = isoDate(addDays(today, days));
  const dates = formatter(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const at = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day);
  return (hours.exceptions ?? [])
    .filter((exception) => (exception.until ?? exception.date) >= first && exception.date <= last)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((exception) => {
      const from = parseIsoDate(exception.date)!;
      const until = parseIsoDate(exception.until ?? exception.date)!;
      const daysText =
        exception.until && exception.until !== exception.date
          ? dates.formatRange(at(from), at(until))
          : dates.format(at(from));
      return {
        days: daysText,
        times: formatIntervals(exception.intervals, locale, t),
        ...(exception.label !== undefined && { label: localize(exception.label, locale) }),
      };
    });
}

/** True when a visitor in `visitorZone` reads a different time on the clock than the service does, at `at`. */
export function clocksDiffer(serviceZone: string, visitorZone: string | undefined, at: Date): boolean {
  if (!visitorZone) return false;
  try {
    return offsetAt(at.getTime(), serviceZone) !== offsetAt(at.getTime(), visitorZone);
  } catch {
    return false;
  }
}

/** "10:00–10:30" (with "CET" when asked), as the service's clocks show it. */
export function formatTimeRange(start: Date, end: Date, { locale, timeZone, showTimeZone }: FormatOptions): string {
  return formatter(locale, {
    ...hourStyle(locale),
    minute: '2-digit',
    timeZone,
    ...(showTimeZone && { timeZoneName: 'short' }),
  }).formatRange(start, end);
}

/** "Tuesday 24 November", the date of `instant` in the zone, capitalised as a label. */
export function formatDay(instant: Date, { locale, timeZone }: FormatOptions): string {
  return capitalise(
    formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(instant),
    locale,
  );
}

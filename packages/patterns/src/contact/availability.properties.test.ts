// Random schedules in zones with and without daylight saving time, at random instants and near the clock changes:
// the status must agree with itself and with the list of openings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAvailability, openIntervals } from './availability.js';
import { weekdays, type HoursException, type OpeningHours, type TimeInterval } from './model.js';
import { isoDate, wallClockAt } from './time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const HORIZON_DAYS = 14;

// Half-hour shifts (Lord Howe), a 45-minute offset (Kathmandu), and clocks that change at midnight (Santiago, Havana).
const zones = [
  'Europe/Oslo',
  'Europe/Helsinki',
  'Europe/Kyiv',
  'UTC',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/Santiago',
  'America/Havana',
];
// Instants around the clock changes of 2026 in these zones, where mistakes hide.
const transitions = [
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2026-04-04T15:00:00Z',
  '2026-10-03T15:30:00Z',
  '2026-04-05T03:00:00Z',
  '2026-09-06T04:00:00Z',
  '2026-03-08T05:00:00Z',
  '2026-11-01T05:00:00Z',
].map(Date.parse);

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Up to three intervals in a day, none overlapping, with any minute from 00:00 to 24:00 as a boundary. */
const day = fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }).map((points): TimeInterval[] => {
  const sorted = [...points].sort((a, b) => a - b);
  const intervals: TimeInterval[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2)
    intervals.push({ open: time(sorted[i]!), close: time(sorted[i + 1]!) });
  return intervals;
});

const instants = fc.oneof(
  fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') }),
  fc
    .tuple(fc.constantFrom(...transitions), fc.integer({ min: -3 * DAY, max: 3 * DAY }))
    .map(([at, offset]) => at + offset),
  // Whole minutes: openings start and end on them.
  fc
    .tuple(fc.constantFrom(...transitions), fc.integer({ min: -3 * 1440, max: 3 * 1440 }))
    .map(([at, minutes]) => at + minutes * MINUTE),
);

/** A schedule and an instant, with exceptions on dates near the instant (overlapping ones too: the last wins). */
const cases = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    weekly: fc.record(Object.fromEntries(weekdays.map((name) => [name, day])), { requiredKeys: [] }),
    at: instants,
    exceptions: fc.array(
      fc.record({ from: fc.integer({ min: -3, max: 16 }), length: fc.integer({ min: 0, max: 3 }), intervals: day }),
      { maxLength: 3 },
    ),
  })
  .map(({ timeZone, weekly, at, exceptions }) => {
    const date = (days: number) => isoDate(wallClockAt(at + days * DAY, timeZone));
    const hours: OpeningHours = {
      timeZone,
      weekly,
      exceptions: exceptions.map(({ from, length, intervals }): HoursException => ({
        date: date(from),
        ...(length > 0 && { until: date(from + length) }),
        intervals,
      })),
    };
    return { hours, at };
  });

const runs = { numRuns: 300 };

describe('getAvailability on random schedules', () => {
  it('is open exactly when the instant lies inside one of the openings', () => {
    fc.assert(
      fc.property(cases, ({ hours, at }) => {
        const openings = openIntervals(hours, new Date(at - 2 * DAY), HORIZON_DAYS + 4);
        const inside = openings.some((opening) => opening.start.getTime() <= at && at < opening.end.getTime());
        expect(getAvailability(hours, new Date(at)).isOpen).toBe(inside);
      }),
      runs,
    );
  });

  it('closes when its opening ends: open until the minute before, closed from then on', () => {
    fc.assert(
      fc.property(cases, ({ hours, at }) => {
        const status = getAvailability(hours, new Date(at));
        if (!status.isOpen) return;
        if (!status.closesAt) {
          // No closing time only when the opening outlasts the horizon.
          const later = getAvailability(hours, new Date(at + HORIZON_DAYS * DAY));
          expect(later.isOpen).toBe(true);
          return;
        }
        const closes = status.closesAt.getTime();
        expect(closes).toBeGreaterThan(at);
        expect(getAvailability(hours, new Date(closes - 1)).isOpen).toBe(true);
        expect(getAvailability(hours, status.closesAt).isOpen).toBe(false);
        const opening = openIntervals(hours, new Date(at - 2 * DAY), HORIZON_DAYS + 4).find(
          (candidate) => candidate.start.getTime() <= at && at < candidate.end.getTime(),
        );
        expect(opening?.end).toEqual(status.closesAt);
      }),
      runs,
    );
  });

  it('opens at the first opening after the instant, within the horizon, and not before', () => {
    fc.assert(
      fc.property(cases, ({ hours, at }) => {
        const status = getAvailability(hours, new Date(at));
        if (status.isOpen) return;
        const next = openIntervals(hours, new Date(at - 2 * DAY), HORIZON_DAYS + 4).find(
          (opening) => opening.start.getTime() > at,
        );
        const withinHorizon = next && next.start.getTime() <= at + HORIZON_DAYS * DAY ? next.start : undefined;
        expect(status.opensAt).toEqual(withinHorizon);
        if (!status.opensAt) return;
        expect(getAvailability(hours, status.opensAt).isOpen).toBe(true);
        expect(getAvailability(hours, new Date(status.opensAt.getTime() - 1)).isOpen).toBe(false);
      }),
      runs,
    );
  });
});

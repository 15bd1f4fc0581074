import { describe, expect, it } from 'vitest';
import { isTimeZone, offsetAt, parseIsoDate, parseWallTime, wallClockAt, zonedTimeToInstant } from './time.js';

const iso = (instant: number) => new Date(instant).toISOString();
const at = (date: string, hhmm: string, zone: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return iso(zonedTimeToInstant({ year, month, day }, parseWallTime(hhmm)!, zone));
};

describe('wall-clock time to instants', () => {
  it.each([
    ['Europe/Oslo', '2026-01-15', '08:00', '2026-01-15T07:00:00.000Z'],
    ['Europe/Oslo', '2026-06-15', '08:00', '2026-06-15T06:00:00.000Z'],
    ['Europe/Stockholm', '2026-06-15', '16:00', '2026-06-15T14:00:00.000Z'],
    ['Europe/Helsinki', '2026-01-15', '08:00', '2026-01-15T06:00:00.000Z'],
    ['Europe/Kyiv', '2026-06-15', '08:00', '2026-06-15T05:00:00.000Z'],
  ])('reads %s %s %s as %s', (zone, date, time, expected) => {
    expect(at(date, time, zone)).toBe(expected);
  });

  it('reads 24:00 as the next midnight', () => {
    expect(at('2026-11-24', '24:00', 'Europe/Oslo')).toBe('2026-11-24T23:00:00.000Z');
  });

  it.each([
    // Spring forward: Oslo and Stockholm jump 02:00 -> 03:00, Helsinki and Kyiv 03:00 -> 04:00, all at 01:00 UTC.
    ['Europe/Oslo', '02:30', '2026-03-29T01:00:00.000Z'],
    ['Europe/Stockholm', '02:00', '2026-03-29T01:00:00.000Z'],
    ['Europe/Helsinki', '03:30', '2026-03-29T01:00:00.000Z'],
    ['Europe/Kyiv', '03:59', '2026-03-29T01:00:00.000Z'],
  ])('takes a time the clocks skip in %s (%s) as the moment they skip to', (zone, time, expected) => {
    expect(at('2026-03-29', time, zone)).toBe(expected);
  });

  it.each([
    // Fall back: 02:00-03:00 (Oslo, Stockholm) and 03:00-04:00 (Helsinki, Kyiv) happen twice; the first counts.
    ['Europe/Oslo', '02:30', '2026-10-25T00:30:00.000Z'],
    ['Europe/Stockholm', '02:00', '2026-10-25T00:00:00.000Z'],
    ['Europe/Helsinki', '03:30', '2026-10-25T00:30:00.000Z'],
    ['Europe/Kyiv', '03:30', '2026-10-25T00:30:00.000Z'],
  ])('takes a time that happens twice in %s (%s) at its first occurrence', (zone, time, expected) => {
    expect(at('2026-10-25', time, zone)).toBe(expected);
  });

  it('gives the times on either side of a change their own offset', () => {
    expect(at('2026-03-29', '01:59', 'Europe/Oslo')).toBe('2026-03-29T00:59:00.000Z');
    expect(at('2026-03-29', '03:00', 'Europe/Oslo')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('2026-10-25', '03:00', 'Europe/Oslo')).toBe('2026-10-25T02:00:00.000Z');
    expect(offsetAt(Date.parse('2026-10-25T00:59:00Z'), 'Europe/Oslo')).toBe(2 * 3_600_000);
    expect(offsetAt(Date.parse('2026-10-25T01:00:00Z'), 'Europe/Oslo')).toBe(3_600_000);
  });

  it('reads the wall clock at an instant, at midnight as 00:00 of the new day', () => {
    expect(wallClockAt(Date.parse('2026-11-24T23:00:00Z'), 'Europe/Oslo')).toMatchObject({
      year: 2026,
      month: 11,
      day: 25,
      minutes: 0,
    });
  });
});

describe('parsing', () => {
  it('knows IANA zones, including Kyiv, and refuses made-up ones', () => {
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('reads HH:MM from 00:00 to 24:00 only', () => {
    expect(parseWallTime('00:00')).toBe(0);
    expect(parseWallTime('24:00')).toBe(1440);
    expect(parseWallTime('08:30')).toBe(510);
    for (const bad of ['25:00', '24:01', '8:00', '08:60', '0800', 8]) expect(parseWallTime(bad)).toBeUndefined();
  });

  it('reads real dates only', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('24.12.2026')).toBeUndefined();
  });
});

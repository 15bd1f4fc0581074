import { describe, expect, it } from 'vitest';
import { getAvailability, openingSlots } from './availability.js';
import { exampleChatHours, exampleHours } from './examples.js';
import type { OpeningHours } from './model.js';

const officeHours = (timeZone: string): OpeningHours => ({
  timeZone,
  weekly: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [{ open: '08:00', close: '16:00' }]]),
  ),
});
const iso = (date?: Date) => date?.toISOString();

describe('getAvailability', () => {
  it('is open in office hours and says when it closes', () => {
    const status = getAvailability(exampleHours, new Date('2026-11-24T09:00:00Z'));
    expect(status.isOpen).toBe(true);
    expect(iso(status.closesAt)).toBe('2026-11-24T15:00:00.000Z');
    expect(status.opensAt).toBeUndefined();
  });

  it('is closed after hours and opens the next morning', () => {
    const status = getAvailability(exampleHours, new Date('2026-11-24T16:00:00Z'));
    expect(status).toEqual({ isOpen: false, opensAt: new Date('2026-11-25T07:00:00Z') });
  });

  it('counts the closing minute as closed and the opening minute as open', () => {
    expect(getAvailability(exampleHours, new Date('2026-11-24T15:00:00Z')).isOpen).toBe(false);
    expect(getAvailability(exampleHours, new Date('2026-11-24T07:00:00Z')).isOpen).toBe(true);
  });

  it('skips a closed Sunday', () => {
    const status = getAvailability(exampleHours, new Date('2026-11-28T14:00:00Z'));
    expect(iso(status.opensAt)).toBe('2026-11-30T07:00:00.000Z');
  });

  it('follows exceptions: short hours on Christmas Eve, closed for Christmas, open again after the weekend', () => {
    const eve = getAvailability(exampleHours, new Date('2026-12-24T10:00:00Z'));
    expect(eve).toMatchObject({
      isOpen: true,
      closesAt: new Date('2026-12-24T11:00:00Z'),
      exception: { label: { en: 'Christmas Eve' } },
    });
    const afternoon = getAvailability(exampleHours, new Date('2026-12-24T12:00:00Z'));
    expect(afternoon.isOpen).toBe(false);
    expect(iso(afternoon.opensAt)).toBe('2026-12-28T07:00:00.000Z');
    const boxingDay = getAvailability(exampleHours, new Date('2026-12-26T10:00:00Z'));
    expect(boxingDay).toMatchObject({ isOpen: false, exception: { label: { en: 'Christmas' }, intervals: [] } });
  });

  it('reads hours written on both sides of midnight as one opening', () => {
    const lateMonday = getAvailability(exampleChatHours, new Date('2026-11-23T22:30:00Z'));
    expect(lateMonday.isOpen).toBe(true);
    expect(iso(lateMonday.closesAt)).toBe('2026-11-24T00:00:00.000Z');
  });

  it('has no closing time when open around the clock, and no opening time when never open', () => {
    const always: OpeningHours = {
      timeZone: 'Europe/Oslo',
      weekly: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ open: '00:00', close: '24:00' }]]),
      ),
    };
    expect(getAvailability(always, new Date('2026-11-24T09:00:00Z'))).toEqual({ isOpen: true });
    expect(getAvailability({ timeZone: 'Europe/Oslo', weekly: {} }, new Date('2026-11-24T09:00:00Z'))).toEqual({
      isOpen: false,
    });
  });

  it('finds the next opening across a change to summer time (Helsinki)', () => {
    // Friday evening before the clocks go forward: Monday 08:00 is EEST, UTC+3.
    const status = getAvailability(officeHours('Europe/Helsinki'), new Date('2026-03-27T15:00:00Z'));
    expect(iso(status.opensAt)).toBe('2026-03-30T05:00:00.000Z');
  });

  it('finds the next opening across a change to winter time (Kyiv)', () => {
    const status = getAvailability(officeHours('Europe/Kyiv'), new Date('2026-10-23T14:00:00Z'));
    expect(iso(status.opensAt)).toBe('2026-10-26T06:00:00.000Z');
  });

  it('opens when the clocks skip past the opening time (Stockholm, spring)', () => {
    const hours: OpeningHours = { timeZone: 'Europe/Stockholm', weekly: { sun: [{ open: '02:30', close: '05:00' }] } };
    const before = getAvailability(hours, new Date('2026-03-29T00:30:00Z'));
    expect(iso(before.opensAt)).toBe('2026-03-29T01:00:00.000Z');
    const during = getAvailability(hours, new Date('2026-03-29T01:30:00Z'));
    expect(during).toEqual({ isOpen: true, closesAt: new Date('2026-03-29T03:00:00Z') });
  });

  it('stays open through the repeated hour (Oslo, autumn)', () => {
    const hours: OpeningHours = { timeZone: 'Europe/Oslo', weekly: { sun: [{ open: '00:00', close: '04:00' }] } };
    // 02:30 in winter time, the second 02:30 of the night.
    const status = getAvailability(hours, new Date('2026-10-25T01:30:00Z'));
    expect(status).toEqual({ isOpen: true, closesAt: new Date('2026-10-25T03:00:00Z') });
  });

  it('looks no further than the horizon', () => {
    const rare: OpeningHours = {
      timeZone: 'Europe/Oslo',
      weekly: {},
      exceptions: [{ date: '2026-12-20', intervals: [{ open: '10:00', close: '12:00' }] }],
    };
    expect(getAvailability(rare, new Date('2026-11-24T09:00:00Z')).opensAt).toBeUndefined();
    expect(iso(getAvailability(rare, new Date('2026-11-24T09:00:00Z'), { horizonDays: 30 }).opensAt)).toBe(
      '2026-12-20T09:00:00.000Z',
    );
  });
});

describe('openingSlots', () => {
  it('offers only whole slots inside the hours, after the lead time', () => {
    const slots = openingSlots(exampleHours, new Date('2026-11-24T14:00:00Z'), {
      days: 2,
      slotMinutes: 30,
      leadMinutes: 30,
    });
    expect(slots).toHaveLength(1 + 16);
    expect(slots[0]).toEqual({ start: new Date('2026-11-24T14:30:00Z'), end: new Date('2026-11-24T15:00:00Z') });
    expect(iso(slots[1]!.start)).toBe('2026-11-25T07:00:00.000Z');
    expect(iso(slots.at(-1)!.end)).toBe('2026-11-25T15:00:00.000Z');
  });

  it('offers nothing on closed days', () => {
    const slots = openingSlots(exampleHours, new Date('2026-12-24T12:00:00Z'), { days: 3 });
    expect(slots).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '@samspill/react';
import { catalogueFor } from '../locales/index.js';
import { getAvailability } from './availability.js';
import { exampleChatHours, exampleHours } from './examples.js';
import {
  describeAvailability,
  formatDuration,
  formatWallTime,
  formatWhen,
  statusAt,
  upcomingExceptionRows,
  weeklyRows,
} from './format.js';
import type { OpeningHours } from './model.js';

const translatorFor = (locale: string) => translator(locale, catalogueFor(locale));

const officeHours = (timeZone: string): OpeningHours => ({
  timeZone,
  weekly: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [{ open: '08:00', close: '16:00' }]]),
  ),
});
const status = (hours: OpeningHours, instant: string, locale: string) =>
  statusAt(hours, new Date(instant), translatorFor(locale), { locale }).text;

describe('status text', () => {
  it.each([
    // Tuesday 24 November 2026, 10:00 in each zone.
    ['Europe/Oslo', '2026-11-24T09:00:00Z', 'nb', 'Åpent nå · stenger 16:00'],
    ['Europe/Stockholm', '2026-11-24T09:00:00Z', 'sv', 'Öppet nu · stänger 16:00'],
    ['Europe/Helsinki', '2026-11-24T08:00:00Z', 'fi', 'Avoinna nyt · sulkeutuu klo 16.00'],
    ['Europe/Kyiv', '2026-11-24T08:00:00Z', 'uk', 'Зараз працює · працює до 16:00'],
    ['Europe/Oslo', '2026-11-24T09:00:00Z', 'en', 'Open now · closes 16:00'],
    ['Europe/Oslo', '2026-11-24T09:00:00Z', 'en-US', 'Open now · closes 4:00 PM'],
  ])('is open in office hours in %s (%s, %s)', (zone, instant, locale, expected) => {
    expect(status(officeHours(zone), instant, locale)).toBe(expected);
  });

  it.each([
    ['Europe/Oslo', '2026-11-24T16:30:00Z', 'nb', 'Stengt · åpner i morgen kl. 08:00'],
    ['Europe/Stockholm', '2026-11-27T16:30:00Z', 'sv', 'Stängt · öppnar på måndag kl. 08:00'],
    ['Europe/Helsinki', '2026-11-27T15:30:00Z', 'fi', 'Suljettu · avautuu maanantaina klo 08.00'],
    ['Europe/Kyiv', '2026-11-24T04:00:00Z', 'uk', 'Не працює · почне роботу сьогодні о 08:00'],
    ['Europe/Oslo', '2026-11-24T16:30:00Z', 'en', 'Closed · opens tomorrow at 08:00'],
    ['Europe/Oslo', '2026-11-24T16:30:00Z', 'en-US', 'Closed · opens tomorrow at 8:00 AM'],
  ])('says when a closed channel opens in %s (%s, %s)', (zone, instant, locale, expected) => {
    expect(status(officeHours(zone), instant, locale)).toBe(expected);
  });

  it('is correct on both sides of midnight in the service zone, wherever the server runs', () => {
    // 23:59 and 00:01 in Helsinki: "tomorrow" turns into "today" at the zone's midnight, not UTC's.
    expect(status(officeHours('Europe/Helsinki'), '2026-11-23T21:59:00Z', 'en-GB')).toBe(
      'Closed · opens tomorrow at 08:00',
    );
    expect(status(officeHours('Europe/Helsinki'), '2026-11-23T22:01:00Z', 'en-GB')).toBe(
      'Closed · opens today at 08:00',
    );
  });

  it('is correct across the change to summer and winter time', () => {
    // Saturday before the clocks go forward in Stockholm, and Saturday before they go back in Kyiv.
    expect(status(officeHours('Europe/Stockholm'), '2026-03-28T12:00:00Z', 'en-GB')).toBe(
      'Closed · opens Monday at 08:00',
    );
    const opens = getAvailability(officeHours('Europe/Stockholm'), new Date('2026-03-28T12:00:00Z')).opensAt;
    expect(opens?.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(status(officeHours('Europe/Kyiv'), '2026-10-24T12:00:00Z', 'uk')).toBe(
      'Не працює · почне роботу у понеділок о 08:00',
    );
  });

  it('warns that a channel is closing soon', () => {
    const result = statusAt(officeHours('Europe/Oslo'), new Date('2026-11-24T14:40:00Z'), translatorFor('en-GB'), {
      locale: 'en-GB',
    });
    expect(result).toEqual({ state: 'closing-soon', text: 'Closing soon · closes 16:00' });
  });

  it('names a holiday and the day it opens again', () => {
    expect(status(exampleHours, '2026-12-25T10:00:00Z', 'en-GB')).toBe(
      'Closed today: Christmas · opens Monday at 08:00',
    );
    expect(status(exampleHours, '2026-12-24T09:00:00Z', 'nb')).toBe('Åpent nå · stenger 12:00 · Julaften');
  });

  it('says when a night chat closes after midnight, and at midnight itself', () => {
    expect(status(exampleChatHours, '2026-11-23T22:30:00Z', 'nb')).toBe('Åpent nå · stenger i morgen kl. 01:00');
    const untilMidnight: OpeningHours = {
      timeZone: 'Europe/Oslo',
      weekly: { tue: [{ open: '08:00', close: '24:00' }] },
    };
    expect(status(untilMidnight, '2026-11-24T20:00:00Z', 'nb')).toBe('Åpent nå · stenger 00:00');
  });

  it('adds the zone name when asked, for visitors whose clocks differ', () => {
    const availability = getAvailability(officeHours('Europe/Oslo'), new Date('2026-11-24T09:00:00Z'));
    const text = describeAvailability(availability, new Date('2026-11-24T09:00:00Z'), translatorFor('nb'), {
      locale: 'nb',
      timeZone: 'Europe/Oslo',
      showTimeZone: true,
    }).text;
    expect(text).toBe('Åpent nå · stenger 16:00 CET');
  });
});

describe('English dates and times', () => {
  const options = (locale: string) => ({ locale, timeZone: 'Europe/Oslo' });
  const now = new Date('2026-11-20T09:00:00Z');
  const firstOfDecember = new Date('2026-12-01T07:00:00Z');

  it('are written as European services write them: a 24-hour clock and the day before the month', () => {
    expect(formatWhen(firstOfDecember, now, translatorFor('en'), options('en'))).toBe('1 December at 08:00');
    expect(status(exampleChatHours, '2026-11-23T22:30:00Z', 'en')).toBe('Open now · closes tomorrow at 01:00');
  });

  it('write midnight as 00:00, never the ambiguous "12:00 AM"', () => {
    expect(formatWallTime('24:00', 'en')).toBe('00:00');
    expect(formatWallTime('00:00', 'en')).toBe('00:00');
  });

  it('follow the region when the product chooses one', () => {
    expect(formatWhen(firstOfDecember, now, translatorFor('en-US'), options('en-US'))).toBe('December 1 at 8:00 AM');
    expect(formatWallTime('16:00', 'en-US')).toBe('4:00 PM');
  });
});

describe('schedules', () => {
  it('joins runs of days with the same hours', () => {
    expect(weeklyRows(exampleHours, 'nb', translatorFor('nb'))).toEqual([
      { days: 'Mandag–Onsdag', times: ['08:00–16:00'] },
      { days: 'Torsdag', times: ['08:00–18:00'] },
      { days: 'Fredag', times: ['08:00–16:00'] },
      { days: 'Lørdag', times: ['10:00–14:00'] },
      { days: 'Søndag', times: ['Stengt'] },
    ]);
  });

  it('lists the coming exceptions, a run of days as a range', () => {
    const rows = upcomingExceptionRows(exampleHours, new Date('2026-12-20T10:00:00Z'), 'en-GB', translatorFor('en'));
    // Intl spaces a range as the locale does ("25–26" or "25 – 26").
    expect(rows[1]!.days).toMatch(/^25\s?–\s?26 December$/);
    expect(rows).toEqual([
      { days: '24 December', times: ['08:00–12:00'], label: 'Christmas Eve' },
      { days: rows[1]!.days, times: ['Closed'], label: 'Christmas' },
      { days: '31 December', times: ['08:00–12:00'], label: "New Year's Eve" },
      { days: '1 January', times: ['Closed'], label: "New Year's Day" },
    ]);
  });

  it('writes waits with the language’s own plural', () => {
    expect(formatDuration({ value: 5, unit: 'minute' }, 'uk')).toBe('5 хвилин');
    expect(formatDuration({ value: 2, unit: 'hour' }, 'sv')).toBe('2 timmar');
    expect(formatDuration({ value: 1, unit: 'hour' }, 'fi')).toBe('1 tunti');
  });
});

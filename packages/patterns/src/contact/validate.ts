import { isSafeHref } from '@samspill/react';
import { checkLocalizedText, checkText, isLanguageTag, isRecord, show, type Report } from '../internal/checkText.js';
import { weekdays, type ContactChannelKind, type ContactConfig, type OpeningHours } from './model.js';
import { toE164 } from './phone.js';
import { isTimeZone, parseIsoDate, parseWallTime } from './time.js';

/** One problem in a contact configuration: where it is, and what to do about it. */
export interface ContactConfigIssue {
  /** Where, written as in code: `channels[2].hours.weekly.mon[0].open`. */
  path: string;
  message: string;
}

/** Thrown for a configuration that would show visitors wrong or unusable contact details. */
export class ContactConfigError extends Error {
  readonly issues: ContactConfigIssue[];
  constructor(issues: ContactConfigIssue[], prefix = 'Contact configuration') {
    super(`${prefix} is not valid:\n${issues.map((issue) => `- ${issue.path}: ${issue.message}`).join('\n')}`);
    this.name = 'ContactConfigError';
    this.issues = issues;
  }
}

const kinds: readonly ContactChannelKind[] = [
  'phone',
  'chat',
  'email',
  'form',
  'callback',
  'visit',
  'text-phone',
  'sign-language',
];
const units = ['minute', 'hour', 'day'];

function checkHref(value: unknown, path: string, report: Report) {
  if (typeof value !== 'string' || value.trim() === '')
    return report(path, `${show(value)} is not a link; give a URL, a path or an anchor`);
  // A script URL in a contact link would run in the visitor's page; Link refuses it in production as well.
  if (!isSafeHref(value))
    report(path, `${show(value)} is not a safe link; use an http(s), mailto:, tel: or sms: URL, a path or an anchor`);
}

function checkIntervals(value: unknown, path: string, report: Report) {
  if (!Array.isArray(value))
    return report(
      path,
      `${show(value)} is not a list of intervals; write [{ open: "08:00", close: "16:00" }] or [] for closed`,
    );
  const read: { open: number; close: number; index: number }[] = [];
  value.forEach((interval: unknown, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(interval))
      return report(at, `${show(interval)} is not an interval; write { open: "08:00", close: "16:00" }`);
    const open = parseWallTime(interval.open);
    const close = parseWallTime(interval.close);
    if (open === undefined) report(`${at}.open`, `${show(interval.open)} is not a time; use HH:MM from 00:00 to 24:00`);
    if (close === undefined)
      report(`${at}.close`, `${show(interval.close)} is not a time; use HH:MM from 00:00 to 24:00`);
    if (open === undefined || close === undefined) return;
    if (close <= open) {
      return report(
        at,
        `closes (${String(interval.close)}) before it opens (${String(interval.open)}); write hours past midnight on the next day, e.g. 00:00–02:00`,
      );
    }
    read.push({ open, close, index });
  });
  read.sort((a, b) => a.open - b.open);
  for (let i = 1; i < read.length; i++) {
    const previous = read[i - 1]!;
    const current = read[i]!;
    if (current.open < previous.close) {
      report(`${path}[${current.index}]`, `overlaps ${path}[${previous.index}]; merge them into one interval`);
    }
  }
}

/** Problems in opening hours, with paths under `path`. */
export function openingHoursIssues(hours: unknown, path = 'hours'): ContactConfigIssue[] {
  const issues: ContactConfigIssue[] = [];
  const report: Report = (at, message) => issues.push({ path: at, message });
  if (!isRecord(hours)) {
    report(path, `${show(hours)} is not opening hours; write { timeZone, weekly, exceptions }`);
    return issues;
  }
  if (!isTimeZone(hours.timeZone)) {
    report(
      `${path}.timeZone`,
      `${show(hours.timeZone)} is not a time zone this runtime knows; use an IANA name such as "Europe/Oslo"`,
    );
  }
  if (!isRecord(hours.weekly)) {
    report(
      `${path}.weekly`,
      `${show(hours.weekly)} is not a weekly schedule; write { mon: [{ open: "08:00", close: "16:00" }], ... }`,
    );
  } else {
    for (const [day, intervals] of Object.entries(hours.weekly)) {
      if (!(weekdays as readonly string[]).includes(day)) {
        report(`${path}.weekly.${day}`, `is not a day; use ${weekdays.join(', ')}`);
        continue;
      }
      if (intervals !== undefined) checkIntervals(intervals, `${path}.weekly.${day}`, report);
    }
  }
  if (hours.exceptions !== undefined) {
    if (!Array.isArray(hours.exceptions)) {
      report(`${path}.exceptions`, `${show(hours.exceptions)} is not a list of exceptions`);
    } else {
      const ranges: { from: string; to: string; index: number }[] = [];
      hours.exceptions.forEach((exception: unknown, index) => {
        const at = `${path}.exceptions[${index}]`;
        if (!isRecord(exception))
          return report(at, `${show(exception)} is not an exception; write { date: "2026-12-24", intervals: [] }`);
        const date = parseIsoDate(exception.date);
        const until = exception.until === undefined ? date : parseIsoDate(exception.until);
        if (!date) report(`${at}.date`, `${show(exception.date)} is not a date; use YYYY-MM-DD`);
        if (exception.until !== undefined && !until)
          report(`${at}.until`, `${show(exception.until)} is not a date; use YYYY-MM-DD`);
        else if (
          date &&
          until &&
          (exception.until as string | undefined) !== undefined &&
          (exception.until as string) < (exception.date as string)
        ) {
          report(`${at}.until`, `${show(exception.until)} is before the date ${show(exception.date)}`);
        }
        checkIntervals(exception.intervals, `${at}.intervals`, report);
        checkLocalizedText(exception.label, `${at}.label`, report);
        if (date && until)
          ranges.push({ from: exception.date as string, to: (exception.until ?? exception.date) as string, index });
      });
      ranges.sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < ranges.length; i++) {
        if (ranges[i]!.from <= ranges[i - 1]!.to) {
          report(
            `${path}.exceptions[${ranges[i]!.index}]`,
            `covers dates also in ${path}.exceptions[${ranges[i - 1]!.index}]; give each date one set of hours`,
          );
        }
      }
    }
  }
  return issues;
}

/** Every problem in a contact configuration (an empty list when there is none). */
export function contactConfigIssues(config: unknown): ContactConfigIssue[] {
  const issues: ContactConfigIssue[] = [];
  const report: Report = (path, message) => issues.push({ path, message });
  if (!isRecord(config))
    return [{ path: 'config', message: `${show(config)} is not a contact configuration; write { channels: [...] }` }];
  checkText(config.organization, 'organization', report, false);
  if (config.url !== undefined) checkHref(config.url, 'url', report);
  const callingCode = config.countryCallingCode;
  if (callingCode !== undefined && (typeof callingCode !== 'string' || !/^[1-9]\d{0,2}$/.test(callingCode))) {
    report('countryCallingCode', `${show(callingCode)} is not a country calling code; write its digits, e.g. "47"`);
  }
  if (!Array.isArray(config.channels) || config.channels.length === 0) {
    report(
      'channels',
      `${show(config.channels)} is not a list of channels; give at least one, e.g. { kind: "phone", number: "+47 22 33 44 55" }`,
    );
    return issues;
  }
  const ids = new Map<string, number>();
  config.channels.forEach((channel: unknown, index) => {
    const at = `channels[${index}]`;
    if (!isRecord(channel)) return report(at, `${show(channel)} is not a channel`);
    if (!kinds.includes(channel.kind as ContactChannelKind)) {
      return report(`${at}.kind`, `${show(channel.kind)} is not a channel kind; use ${kinds.join(', ')}`);
    }
    if (channel.id !== undefined) {
      checkText(channel.id, `${at}.id`, report, true);
      if (typeof channel.id === 'string') {
        if (ids.has(channel.id))
          report(
            `${at}.id`,
            `${show(channel.id)} is already the id of channels[${ids.get(channel.id)}]; ids must be unique`,
          );
        ids.set(channel.id, index);
      }
    }
    checkLocalizedText(channel.label, `${at}.label`, report);
    checkLocalizedText(channel.description, `${at}.description`, report);
    switch (channel.kind) {
      case 'phone':
      case 'text-phone':
        if (
          typeof channel.number !== 'string' ||
          !toE164(channel.number, typeof callingCode === 'string' ? callingCode : undefined)
        ) {
          report(
            `${at}.number`,
            `${show(channel.number)} cannot become a tel: link; write it with its country code ("+47 22 33 44 55") or set countryCallingCode`,
          );
        }
        break;
      case 'email':
        if (typeof channel.address !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(channel.address)) {
          report(`${at}.address`, `${show(channel.address)} is not an e-mail address`);
        }
        break;
      case 'visit':
        if (
          !Array.isArray(channel.address) ||
          channel.address.length === 0 ||
          channel.address.some((line) => typeof line !== 'string' || line.trim() === '')
        ) {
          report(`${at}.address`, `${show(channel.address)} is not an address; write its lines as a list of strings`);
        }
        if (channel.href !== undefined) checkHref(channel.href, `${at}.href`, report);
        break;
      default:
        checkHref(channel.href, `${at}.href`, report);
    }
    if ('linkText' in channel) checkLocalizedText(channel.linkText, `${at}.linkText`, report);
    if (channel.hours !== undefined) issues.push(...openingHoursIssues(channel.hours, `${at}.hours`));
    const wait = channel.expectedWait;
    if (wait !== undefined) {
      if (
        !isRecord(wait) ||
        typeof wait.value !== 'number' ||
        !Number.isFinite(wait.value) ||
        wait.value <= 0 ||
        !units.includes(wait.unit as string)
      ) {
        report(
          `${at}.expectedWait`,
          `${show(wait)} is not a wait; write { value: 5, unit: "minute" } with a positive value and minute, hour or day`,
        );
      }
    }
    if (channel.languages !== undefined) {
      if (!Array.isArray(channel.languages)) {
        report(`${at}.languages`, `${show(channel.languages)} is not a list of language tags`);
      } else {
        channel.languages.forEach((tag: unknown, position) => {
          if (!isLanguageTag(tag))
            report(`${at}.languages[${position}]`, `${show(tag)} is not a BCP 47 language tag such as "nb" or "en"`);
        });
      }
    }
  });
  return issues;
}

/**
 * Checks contact data (from code or a CMS) and returns it typed, or throws a `ContactConfigError` that lists every
 * problem with its path, e.g. `channels[2].hours.weekly.mon[0].open: "25:00" is not a time; use HH:MM from 00:00 to 24:00`.
 */
export function validateContactConfig(config: unknown, component?: string): ContactConfig {
  const issues = contactConfigIssues(config);
  if (issues.length > 0)
    throw new ContactConfigError(issues, component ? `${component}: the contact configuration` : undefined);
  return config as ContactConfig;
}

/** Checks opening hours on their own, as `validateContactConfig` does; returns them typed or throws. */
export function validateOpeningHours(hours: unknown, component?: string): OpeningHours {
  const issues = openingHoursIssues(hours);
  if (issues.length > 0)
    throw new ContactConfigError(issues, component ? `${component}: the opening hours` : 'Opening hours');
  return hours as OpeningHours;
}

import { describe, expect, it } from 'vitest';
import { exampleContact } from './examples.js';
import { ContactConfigError, contactConfigIssues, validateContactConfig } from './validate.js';

const withChannel = (index: number, change: Record<string, unknown>) => ({
  ...exampleContact,
  channels: exampleContact.channels.map((channel, position) =>
    position === index ? { ...channel, ...change } : channel,
  ),
});
const hours = (weekly: unknown, extra: Record<string, unknown> = {}) => ({ timeZone: 'Europe/Oslo', weekly, ...extra });

describe('validateContactConfig', () => {
  it('accepts a complete configuration and returns it', () => {
    expect(validateContactConfig(exampleContact)).toBe(exampleContact);
  });

  it('accepts text given per language or through a resolver', () => {
    const config = withChannel(0, {
      label: { en: 'Customer service', nb: 'Kundeservice', 'nb-NO': 'Kundeservice' },
      description: (locale: string) => (locale === 'nb' ? 'Ring oss' : 'Call us'),
      hours: hours(
        { mon: [{ open: '08:00', close: '16:00' }] },
        { exceptions: [{ date: '2026-12-24', intervals: [], label: { en: 'Christmas Eve', nb: 'Julaften' } }] },
      ),
    });
    expect(contactConfigIssues(config)).toEqual([]);
  });

  it('names the path of a time that is not a time, and says what to write', () => {
    const config = withChannel(2, { hours: hours({ mon: [{ open: '25:00', close: '16:00' }] }) });
    expect(() => validateContactConfig(config)).toThrow(
      'channels[2].hours.weekly.mon[0].open: "25:00" is not a time; use HH:MM from 00:00 to 24:00',
    );
  });

  it('lists every problem at once, in a ContactConfigError carrying the issues', () => {
    const config = {
      countryCallingCode: '+47',
      channels: [
        { kind: 'phone', number: '22 33 44 55' },
        { kind: 'email', address: 'not an address' },
        { kind: 'chat', href: 'javascript:alert(1)' },
        { kind: 'fax', number: '1' },
      ],
    };
    let error: unknown;
    try {
      validateContactConfig(config, 'ContactOptions');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContactConfigError);
    expect((error as Error).message).toMatch(/^ContactOptions: the contact configuration is not valid:/);
    expect((error as ContactConfigError).issues.map((issue) => issue.path)).toEqual([
      'countryCallingCode',
      'channels[0].number',
      'channels[1].address',
      'channels[2].href',
      'channels[3].kind',
    ]);
  });

  it.each([
    [
      { hours: hours({ mon: [] }, { timeZone: 'Europe/Oslo ' }) },
      'channels[0].hours.timeZone: "Europe/Oslo " is not a time zone this runtime knows',
    ],
    [
      { hours: hours({ mon: [] }, { timeZone: 'Norway/Oslo' }) },
      'channels[0].hours.timeZone: "Norway/Oslo" is not a time zone',
    ],
    [
      {
        hours: hours({
          tue: [
            { open: '08:00', close: '12:00' },
            { open: '11:30', close: '16:00' },
          ],
        }),
      },
      'channels[0].hours.weekly.tue[1]: overlaps channels[0].hours.weekly.tue[0]; merge them',
    ],
    [
      { hours: hours({ fri: [{ open: '22:00', close: '02:00' }] }) },
      'channels[0].hours.weekly.fri[0]: closes (02:00) before it opens (22:00)',
    ],
    [{ hours: hours({ monday: [] }) }, 'channels[0].hours.weekly.monday: is not a day; use mon, tue'],
    [
      { hours: hours({}, { exceptions: [{ date: '2026-02-30', intervals: [] }] }) },
      'channels[0].hours.exceptions[0].date: "2026-02-30" is not a date; use YYYY-MM-DD',
    ],
    [
      { hours: hours({}, { exceptions: [{ date: '2026-12-24', until: '2026-12-20', intervals: [] }] }) },
      'exceptions[0].until: "2026-12-20" is before the date "2026-12-24"',
    ],
    [
      {
        hours: hours(
          {},
          {
            exceptions: [
              { date: '2026-12-24', until: '2026-12-26', intervals: [] },
              { date: '2026-12-26', intervals: [] },
            ],
          },
        ),
      },
      'channels[0].hours.exceptions[1]: covers dates also in channels[0].hours.exceptions[0]',
    ],
    [
      { hours: hours({}, { exceptions: [{ date: '2026-12-24' }] }) },
      'channels[0].hours.exceptions[0].intervals: missing is not a list of intervals',
    ],
    [{ number: 'call us' }, 'channels[0].number: "call us" cannot become a tel: link; write it with its country code'],
    [{ number: '+47 22' }, 'channels[0].number: "+47 22" cannot become a tel: link'],
    [
      { expectedWait: { value: -5, unit: 'minute' } },
      'channels[0].expectedWait: {"value":-5,"unit":"minute"} is not a wait',
    ],
    [{ expectedWait: { value: 5, unit: 'minutes' } }, 'channels[0].expectedWait'],
    [{ label: '' }, 'channels[0].label: "" is not a text'],
    [{ label: { en: 'Customer service', nb: '' } }, 'channels[0].label.nb: "" is not a text; write a non-empty string'],
    [
      { label: { en_GB: 'Customer service' } },
      'channels[0].label["en_GB"]: "en_GB" is not a BCP 47 language tag; key each text by a language such as "nb" or "en-GB"',
    ],
    [
      { description: {} },
      'channels[0].description: {} is not a text; write a non-empty string, or one per language: { en: "Phone", nb: "Telefon" }',
    ],
    [
      { description: ['Call us'] },
      'channels[0].description: ["Call us"] is not a text; write a non-empty string, or one per language',
    ],
    [
      { hours: hours({}, { exceptions: [{ date: '2026-12-24', intervals: [], label: { nb: 42 } }] }) },
      'channels[0].hours.exceptions[0].label.nb: 42 is not a text',
    ],
    [{ languages: ['nb', 'not a tag!'] }, 'channels[0].languages[1]: "not a tag!" is not a BCP 47 language tag'],
    [{ id: 'chat' }, 'channels[1].id: "chat" is already the id of channels[0]; ids must be unique'],
  ])('refuses %j', (change, message) => {
    const config = withChannel(0, change);
    const issues = contactConfigIssues(config);
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n')).toContain(message);
  });

  it.each([
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'intent:#Intent;end',
  ])('refuses the link %j however its scheme is written, and says which links are safe', (href) => {
    const issues = contactConfigIssues({ ...withChannel(1, { href }), url: href });
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      `url: ${JSON.stringify(href)} is not a safe link; use an http(s), mailto:, tel: or sms: URL, a path or an anchor`,
      `channels[1].href: ${JSON.stringify(href)} is not a safe link; use an http(s), mailto:, tel: or sms: URL, a path or an anchor`,
    ]);
  });

  it('names values JSON cannot write, instead of crashing on them', () => {
    const channel: Record<string, unknown> = { kind: 'chat' };
    channel.href = channel;
    expect(contactConfigIssues({ channels: [channel, { kind: 'phone', number: 4722334455n }] })).toEqual([
      {
        path: 'channels[0].href',
        message: 'an object that contains itself is not a link; give a URL, a path or an anchor',
      },
      {
        path: 'channels[1].number',
        message:
          '4722334455n cannot become a tel: link; write it with its country code ("+47 22 33 44 55") or set countryCallingCode',
      },
    ]);
  });

  it('refuses what is not a configuration at all', () => {
    expect(contactConfigIssues(null)).toEqual([
      { path: 'config', message: 'null is not a contact configuration; write { channels: [...] }' },
    ]);
    expect(contactConfigIssues({ channels: [] })[0]!.path).toBe('channels');
  });

  it('needs a country calling code for numbers written without one', () => {
    const config = { channels: [{ kind: 'phone', number: '22 33 44 55' }] };
    expect(contactConfigIssues(config)).toHaveLength(1);
    expect(contactConfigIssues({ ...config, countryCallingCode: '47' })).toEqual([]);
  });
});

import type { ContactConfig, OpeningHours } from './model.js';

/** Office hours in Oslo, with the Christmas and New Year changes of 2026. Used by stories and tests. */
export const exampleHours: OpeningHours = {
  timeZone: 'Europe/Oslo',
  weekly: {
    mon: [{ open: '08:00', close: '16:00' }],
    tue: [{ open: '08:00', close: '16:00' }],
    wed: [{ open: '08:00', close: '16:00' }],
    thu: [{ open: '08:00', close: '18:00' }],
    fri: [{ open: '08:00', close: '16:00' }],
    sat: [{ open: '10:00', close: '14:00' }],
  },
  exceptions: [
    { date: '2026-12-24', intervals: [{ open: '08:00', close: '12:00' }], label: 'Christmas Eve' },
    { date: '2026-12-25', until: '2026-12-26', intervals: [], label: 'Christmas' },
    { date: '2026-12-31', intervals: [{ open: '08:00', close: '12:00' }], label: "New Year's Eve" },
    { date: '2027-01-01', intervals: [], label: "New Year's Day" },
  ],
};

/** A chat staffed into the night: the hours past midnight are written on the next day. */
export const exampleChatHours: OpeningHours = {
  timeZone: 'Europe/Oslo',
  weekly: {
    mon: [{ open: '08:00', close: '24:00' }],
    tue: [{ open: '00:00', close: '01:00' }, { open: '08:00', close: '24:00' }],
    wed: [{ open: '00:00', close: '01:00' }, { open: '08:00', close: '24:00' }],
    thu: [{ open: '00:00', close: '01:00' }, { open: '08:00', close: '24:00' }],
    fri: [{ open: '00:00', close: '01:00' }, { open: '08:00', close: '20:00' }],
  },
  exceptions: exampleHours.exceptions,
};

/** An energy company's customer service in Oslo: every kind of channel, in the order it wants them shown. */
export const exampleContact: ContactConfig = {
  organization: 'Fjordkraft Eksempel AS',
  url: 'https://www.example.no',
  countryCallingCode: '47',
  channels: [
    { kind: 'phone', id: 'phone', label: 'Customer service', number: '22 33 44 55', hours: exampleHours, expectedWait: { value: 5, unit: 'minute' }, languages: ['nb', 'en'] },
    { kind: 'chat', id: 'chat', href: '#chat', hours: exampleChatHours, expectedWait: { value: 2, unit: 'minute' } },
    { kind: 'email', id: 'email', address: 'kundeservice@example.no', expectedWait: { value: 2, unit: 'day' } },
    { kind: 'callback', id: 'callback', href: '#callback', hours: exampleHours, expectedWait: { value: 1, unit: 'hour' } },
    { kind: 'text-phone', id: 'text-phone', number: '+47 22 33 44 56', hours: exampleHours },
    { kind: 'sign-language', id: 'sign-language', href: '#tolk', description: 'An interpreter joins a video call with us. Book two working days ahead.' },
    {
      kind: 'visit',
      id: 'visit',
      address: ['Storgata 1', '0155 Oslo'],
      href: 'https://www.openstreetmap.org/search?query=Storgata%201%20Oslo',
      hours: { timeZone: 'Europe/Oslo', weekly: { mon: [{ open: '10:00', close: '15:00' }], wed: [{ open: '10:00', close: '15:00' }], fri: [{ open: '10:00', close: '15:00' }] } },
    },
  ],
};

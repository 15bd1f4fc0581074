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
    {
      date: '2026-12-24',
      intervals: [{ open: '08:00', close: '12:00' }],
      label: { en: 'Christmas Eve', nb: 'Julaften', nn: 'Julaftan', sv: 'Julafton', fi: 'Jouluaatto', uk: 'Святвечір' },
    },
    {
      date: '2026-12-25',
      until: '2026-12-26',
      intervals: [],
      label: { en: 'Christmas', nb: 'Jul', nn: 'Jul', sv: 'Jul', fi: 'Joulu', uk: 'Різдво' },
    },
    {
      date: '2026-12-31',
      intervals: [{ open: '08:00', close: '12:00' }],
      label: {
        en: "New Year's Eve",
        nb: 'Nyttårsaften',
        nn: 'Nyttårsaftan',
        sv: 'Nyårsafton',
        fi: 'Uudenvuodenaatto',
        uk: 'Новорічний вечір',
      },
    },
    {
      date: '2027-01-01',
      intervals: [],
      label: {
        en: "New Year's Day",
        nb: 'Første nyttårsdag',
        nn: 'Første nyttårsdag',
        sv: 'Nyårsdagen',
        fi: 'Uudenvuodenpäivä',
        uk: 'Новий рік',
      },
    },
  ],
};

/** A chat staffed into the night: the hours past midnight are written on the next day. */
export const exampleChatHours: OpeningHours = {
  timeZone: 'Europe/Oslo',
  weekly: {
    mon: [{ open: '08:00', close: '24:00' }],
    tue: [
      { open: '00:00', close: '01:00' },
      { open: '08:00', close: '24:00' },
    ],
    wed: [
      { open: '00:00', close: '01:00' },
      { open: '08:00', close: '24:00' },
    ],
    thu: [
      { open: '00:00', close: '01:00' },
      { open: '08:00', close: '24:00' },
    ],
    fri: [
      { open: '00:00', close: '01:00' },
      { open: '08:00', close: '20:00' },
    ],
  },
  exceptions: exampleHours.exceptions,
};

// Text from configuration in every built-in language, so a page in any of them shows none in English.
const customerService = {
  en: 'Customer service',
  nb: 'Kundeservice',
  nn: 'Kundeservice',
  sv: 'Kundtjänst',
  fi: 'Asiakaspalvelu',
  uk: 'Служба підтримки',
};
const interpreterDescription = {
  en: 'An interpreter joins a video call with us. Book two working days ahead.',
  nb: 'En tolk blir med i en videosamtale med oss. Bestill to virkedager i forveien.',
  nn: 'Ein tolk blir med i ein videosamtale med oss. Bestill to vyrkedagar i førevegen.',
  sv: 'En tolk deltar i ett videosamtal med oss. Boka två arbetsdagar i förväg.',
  fi: 'Tulkki osallistuu videopuheluun kanssamme. Varaa kaksi arkipäivää etukäteen.',
  uk: 'Перекладач приєднується до нашого відеодзвінка. Забронюйте за два робочі дні.',
};

/** An energy company's customer service in Oslo: every kind of channel, in the order it wants them shown. */
export const exampleContact: ContactConfig = {
  organization: 'Fjordkraft Eksempel AS',
  url: 'https://www.example.no',
  countryCallingCode: '47',
  channels: [
    {
      kind: 'phone',
      id: 'phone',
      label: customerService,
      number: '22 33 44 55',
      hours: exampleHours,
      expectedWait: { value: 5, unit: 'minute' },
      languages: ['nb', 'en'],
    },
    { kind: 'chat', id: 'chat', href: '#chat', hours: exampleChatHours, expectedWait: { value: 2, unit: 'minute' } },
    { kind: 'email', id: 'email', address: 'kundeservice@example.no', expectedWait: { value: 2, unit: 'day' } },
    {
      kind: 'callback',
      id: 'callback',
      href: '#callback',
      hours: exampleHours,
      expectedWait: { value: 1, unit: 'hour' },
    },
    { kind: 'text-phone', id: 'text-phone', number: '+47 22 33 44 56', hours: exampleHours },
    { kind: 'sign-language', id: 'sign-language', href: '#tolk', description: interpreterDescription },
    {
      kind: 'visit',
      id: 'visit',
      address: ['Storgata 1', '0155 Oslo'],
      href: 'https://www.openstreetmap.org/search?query=Storgata%201%20Oslo',
      hours: {
        timeZone: 'Europe/Oslo',
        weekly: {
          mon: [{ open: '10:00', close: '15:00' }],
          wed: [{ open: '10:00', close: '15:00' }],
          fri: [{ open: '10:00', close: '15:00' }],
        },
      },
    },
  ],
};

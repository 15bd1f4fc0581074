import type { LocalizedText } from '@samspill/react';

/** A day of the week, as the keys of a weekly schedule. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The days of the week from Monday, the order schedules are written and shown in. */
export const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A stretch of opening time in the service's wall-clock time, `HH:MM` from `00:00` to `24:00`; `close` is not
 * included. Hours past midnight are written on the next day (`mon 20:00–24:00`, `tue 00:00–02:00`): the two are
 * read as one opening.
 */
export interface TimeInterval {
  open: string;
  close: string;
}

/** Hours that differ from the weekly schedule on a date or a run of dates: a holiday, a closure, extended hours. */
export interface HoursException {
  /** The first date, `YYYY-MM-DD`, in the service's time zone. */
  date: string;
  /** The last date of a run, inclusive (`YYYY-MM-DD`); leave out for one day. */
  until?: string;
  /** The hours on those dates; empty means closed all day. */
  intervals: TimeInterval[];
  /** Why the hours differ, shown to visitors: "Christmas Eve", or per language: `{ en: 'Christmas Eve', nb: 'Julaften' }`. */
  label?: LocalizedText;
}

/** When a channel is staffed, in the service's own time zone. */
export interface OpeningHours {
  /** The IANA time zone the times are written in, e.g. `Europe/Oslo`. */
  timeZone: string;
  /** The usual hours per weekday; a day left out or empty is closed. */
  weekly: Partial<Record<Weekday, TimeInterval[]>>;
  /** Dated changes to the weekly hours. An exception replaces the weekly hours of its dates. */
  exceptions?: HoursException[];
}

/** How long a visitor can expect to wait (phone, chat) or to get an answer (email, form, callback). */
export interface ExpectedWait {
  value: number;
  unit: 'minute' | 'hour' | 'day';
}

/** Every way of getting in touch that Samspill knows how to show. */
export type ContactChannelKind =
  'phone' | 'chat' | 'email' | 'form' | 'callback' | 'visit' | 'text-phone' | 'sign-language';

interface ChannelBase<Kind extends ContactChannelKind> {
  kind: Kind;
  /** A stable id, used for keys and anchors; generated from the position when left out. */
  id?: string;
  /** The channel's name as shown ("Customer service", or per language: `{ en: 'Customer service', nb: 'Kundeservice' }`);
   * the kind's built-in name ("Phone") in the page's language when left out. */
  label?: LocalizedText;
  /** One or two plain sentences on what this channel is best for; one string, or one per language. */
  description?: LocalizedText;
  /** When the channel is staffed. Without hours no open/closed status is shown. */
  hours?: OpeningHours;
  /** The usual wait (phone, chat, text phone, sign language, visit) or reply time (email, form, callback). */
  expectedWait?: ExpectedWait;
  /** Languages spoken on this channel, as BCP 47 tags (`nb`, `en`); published in the JSON-LD. */
  languages?: string[];
}

/** A phone line: the number is dialled through a `tel:` link in E.164. */
export interface PhoneChannel extends ChannelBase<'phone' | 'text-phone'> {
  /** The number as people read it ("22 33 44 55", "+47 22 33 44 55"). */
  number: string;
}

/** A channel reached through a link: a chat, a contact form, a callback request or a sign-language interpreter. */
export interface LinkChannel extends ChannelBase<'chat' | 'form' | 'callback' | 'sign-language'> {
  /** Where the channel starts: a page, an anchor, or a URL. */
  href: string;
  /** The link text, one string or one per language; the kind's built-in action ("Start a chat") when left out. */
  linkText?: LocalizedText;
}

export interface EmailChannel extends ChannelBase<'email'> {
  address: string;
}

/** A place to visit in person. */
export interface VisitChannel extends ChannelBase<'visit'> {
  /** The street address, one line per entry. */
  address: string[];
  /** A map or directions link. */
  href?: string;
  /** The link text, one string or one per language; the built-in "Get directions" when left out. */
  linkText?: LocalizedText;
}

export type ContactChannel = PhoneChannel | LinkChannel | EmailChannel | VisitChannel;

/** Everything a service publishes about how to reach it, shared by the contact patterns. */
export interface ContactConfig {
  /** The organisation's name, for the schema.org JSON-LD. */
  organization?: string;
  /** The organisation's home page, for the schema.org JSON-LD. */
  url?: string;
  /**
   * The country calling code for numbers written without one, digits only (`47` for Norway, `46` for Sweden).
   * A leading trunk `0` is dropped when it is added, as in Sweden, Finland and Ukraine.
   */
  countryCallingCode?: string;
  /** The channels, in the order they are always shown. */
  channels: ContactChannel[];
}

/** Whether a channel is open at an instant and when that changes. */
export interface Availability {
  isOpen: boolean;
  /** When an open channel closes; absent when it stays open beyond the search window (open around the clock). */
  closesAt?: Date;
  /** When a closed channel opens next; absent when it does not open within the search window. */
  opensAt?: Date;
  /** The exception that sets the hours of the current day in the service's zone, if one does. */
  exception?: HoursException;
}

/** Channels that answer at once, where the wait is a queue; the others reply later. */
export const realTimeKinds: readonly ContactChannelKind[] = ['phone', 'chat', 'visit', 'text-phone', 'sign-language'];

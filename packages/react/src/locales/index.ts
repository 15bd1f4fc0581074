import { en } from './en.js';
import { fi } from './fi.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { sv } from './sv.js';
import { uk } from './uk.js';
import type { Message, MessageKey, Messages, PluralMessage } from './en.js';

export type { Message, MessageKey, Messages, PluralMessage };

/** The locales Samspill ships strings for. */
export const builtInLocales = ['en', 'nb', 'nn', 'sv', 'fi', 'uk'] as const;
export type BuiltInLocale = (typeof builtInLocales)[number];

export const catalogues: Record<BuiltInLocale, Messages> = { en, nb, nn, sv, fi, uk };

/** Replaces `{name}` placeholders with the given values; unknown placeholders stay visible so they get noticed. */
export function interpolate(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Turns a message into text: a plural message picks the form for `values.count` with `Intl.PluralRules` in the
 * given locale (Ukrainian, for one, has four), then placeholders are filled.
 */
export function formatMessage(message: Message, locale: string, values?: Record<string, string | number>): string {
  if (typeof message === 'string') return interpolate(message, values);
  const count = Number(values?.count);
  if (!Number.isFinite(count)) {
    throw new Error('Samspill: a plural message needs a numeric `count` value to choose its form.');
  }
  const category = new Intl.PluralRules(locale).select(count);
  return interpolate(message[category] ?? message.other, values);
}

/**
 * Picks the built-in catalogue for a BCP 47 tag: an exact match, then the language ("nb-NO" -> "nb"),
 * with "no" read as Bokmål, and English last.
 */
export function catalogueFor(locale: string): Messages {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  if (language === 'no') return nb;
  return (catalogues as Record<string, Messages>)[language] ?? en;
}

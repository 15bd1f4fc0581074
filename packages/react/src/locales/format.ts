import type { Message, MessageKey, Messages, PluralMessage } from './en.js';

export type { Message, MessageKey, Messages, PluralMessage };

/** The locales Samspill ships strings for. */
export const builtInLocales = ['en', 'nb', 'nn', 'sv', 'fi', 'uk'] as const;
export type BuiltInLocale = (typeof builtInLocales)[number];

/** The language of a BCP 47 tag, lower case, with Norwegian "no" read as Bokmål. */
export function languageOf(locale: string): string {
  const language = locale.toLowerCase().split('-')[0] || 'en';
  return language === 'no' ? 'nb' : language;
}

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

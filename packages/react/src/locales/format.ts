import { en } from './en.js';
import type { ComponentMessages, Message, MessageKey, Messages, PluralMessage, Translate } from './types.js';

export type { ComponentMessages, Message, MessageKey, Messages, PluralMessage, Translate };

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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
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
 * Looks each key up in the catalogues, the last given first, then in the built-in English, and formats it for the
 * locale. Pure, for use outside React: `translator('nb', nb)('button.loading')`. Inside React, use `useMessages`.
 */
export function translator(locale: string, ...catalogues: Array<Partial<Messages> | undefined>): Translate {
  const layers: Array<Partial<Messages> | undefined> = [...catalogues].reverse();
  layers.push(en);
  return (key, values) => {
    for (const layer of layers) {
      const message = layer?.[key];
      if (message !== undefined) return formatMessage(message, locale, values);
    }
    throw new Error(
      `Samspill: there is no string "${key}". Check its spelling, or give it in SamspillProvider's \`strings\`.`,
    );
  };
}

/**
 * Text for people to read that comes from configuration or data: one string for every language, one string per
 * language keyed by BCP 47 tag (`{ en: 'Phone', nb: 'Telefon' }`), or a function that gives the text for a locale
 * (to take it from the app's own translations).
 */
export type LocalizedText = string | { readonly [locale: string]: string } | ((locale: string) => string);

/** The text for a locale: the exact tag, then the same language ("nb-NO" finds `nb`, `no` finds `nb`), then English, then the first given. */
export function localize(text: LocalizedText, locale: string): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'function') return text(locale);
  const language = languageOf(locale);
  const sameLanguage = Object.keys(text).find((tag) => languageOf(tag) === language);
  return text[locale] ?? (sameLanguage && text[sameLanguage]) ?? text.en ?? Object.values(text)[0] ?? '';
}

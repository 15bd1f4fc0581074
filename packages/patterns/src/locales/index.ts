'use client';
import { useLocale } from '@samspill/react';
import { en, type PatternMessageKey, type PatternMessages } from './en.js';
import { fi } from './fi.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { sv } from './sv.js';
import { uk } from './uk.js';

export type { PatternMessageKey, PatternMessages };

export const patternCatalogues = { en, nb, nn, sv, fi, uk } as const;

/** The patterns' strings for a BCP 47 tag ("nb-NO" -> nb, "no" -> nb), English when the language is not built in. */
export function patternCatalogueFor(locale: string): PatternMessages {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return (patternCatalogues as Record<string, PatternMessages>)[language === 'no' ? 'nb' : language] ?? en;
}

/** Looks up a pattern string and fills its `{placeholders}`: what `patternTranslator` and `usePatternMessages` return. */
export type Translate = (key: PatternMessageKey, values?: Record<string, string | number>) => string;

/** Looks up pattern strings for a locale, with overrides on top, and fills `{placeholders}`. Pure: usable outside React. */
export function patternTranslator(locale: string, overrides?: Partial<PatternMessages>): Translate {
  const messages = { ...patternCatalogueFor(locale), ...overrides };
  return (key: PatternMessageKey, values: Record<string, string | number> = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Looks up a pattern string in the provider's locale, with the component's `strings` overrides on top. */
export function usePatternMessages(overrides?: Partial<PatternMessages>) {
  const locale = useLocale();
  return patternTranslator(locale, overrides);
}

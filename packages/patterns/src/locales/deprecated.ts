'use client';
// The names of the patterns' own message system before it joined @samspill/react's. They keep working until the
// next minor version, and say once in development what to use instead.
import { translator, useLocale, type MessageKey, type Messages, type Translate } from '@samspill/react';
import { catalogueFor, catalogues } from './index.js';
import { devWarnOnce } from '../internal/renamed.js';

const warnRenamed = (name: string, instead: string): void =>
  devWarnOnce(
    name,
    `@samspill/patterns: \`${name}\` is deprecated and goes away in the next minor version. Use ${instead}.`,
  );

/** @deprecated Use `MessageKey` from `@samspill/react`. */
export type PatternMessageKey = MessageKey;

/** @deprecated Use `Messages` from `@samspill/react`. */
export type PatternMessages = Messages;

function warnOnRead<T extends object>(name: string, instead: string, value: T): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      warnRenamed(name, instead);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** @deprecated Use `catalogues` from `@samspill/patterns/locales`. */
export const patternCatalogues: Record<string, Messages> = /* @__PURE__ */ warnOnRead(
  'patternCatalogues',
  "`catalogues` from '@samspill/patterns/locales'",
  catalogues,
);

/** @deprecated Use `catalogueFor` from `@samspill/patterns/locales`. */
export function patternCatalogueFor(locale: string): Messages {
  warnRenamed('patternCatalogueFor', "`catalogueFor` from '@samspill/patterns/locales'");
  return catalogueFor(locale);
}

/** @deprecated Use `translator(locale, catalogueFor(locale), overrides)` from `@samspill/react`. */
export function patternTranslator(locale: string, overrides?: Partial<Messages>): Translate {
  warnRenamed(
    'patternTranslator',
    "`translator` from '@samspill/react', e.g. translator(locale, catalogueFor(locale), overrides)",
  );
  return translator(locale, catalogueFor(locale), overrides);
}

/** @deprecated Use `useMessages` from `@samspill/react`, and pass the locale's catalogue to `SamspillProvider`. */
export function usePatternMessages(overrides?: Partial<Messages>): Translate {
  warnRenamed(
    'usePatternMessages',
    "`useMessages` from '@samspill/react', with the locale's catalogue from '@samspill/patterns/locales' passed to SamspillProvider's `strings`",
  );
  const locale = useLocale();
  return translator(locale, catalogueFor(locale), overrides);
}

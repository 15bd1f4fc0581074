// The built-in catalogues of the `@samspill/patterns/locales` entry. Each holds the components' strings and the
// patterns', so one import serves the provider: `<SamspillProvider locale="nb" strings={nb}>`. Only what an app
// imports from here is bundled; the patterns themselves know English only.
import * as components from '@samspill/react/locales';
import { builtInLocales, languageOf, type BuiltInLocale, type Messages } from '@samspill/react/locales';
import { en as patternsEn } from './en.js';
import { fi as patternsFi } from './fi.js';
import { nb as patternsNb } from './nb.js';
import { nn as patternsNn } from './nn.js';
import { sv as patternsSv } from './sv.js';
import { uk as patternsUk } from './uk.js';

export { builtInLocales, type BuiltInLocale };

// A call marked pure, so a bundler drops every catalogue the app does not import.
const merge = (...catalogues: Partial<Messages>[]): Messages => Object.assign({}, ...catalogues) as Messages;

export const en: Messages = /* @__PURE__ */ merge(components.en, patternsEn);
export const nb: Messages = /* @__PURE__ */ merge(components.nb, patternsNb);
export const nn: Messages = /* @__PURE__ */ merge(components.nn, patternsNn);
export const sv: Messages = /* @__PURE__ */ merge(components.sv, patternsSv);
export const fi: Messages = /* @__PURE__ */ merge(components.fi, patternsFi);
export const uk: Messages = /* @__PURE__ */ merge(components.uk, patternsUk);

/** Every built-in catalogue (importing this bundles all of them). */
export const catalogues: Record<BuiltInLocale, Messages> = { en, nb, nn, sv, fi, uk };

/**
 * Picks the built-in catalogue for a BCP 47 tag: an exact match, then the language ("nb-NO" -> "nb"), with "no"
 * read as Bokmål, and English last.
 */
export function catalogueFor(locale: string): Messages {
  return (catalogues as Record<string, Messages>)[languageOf(locale)] ?? en;
}

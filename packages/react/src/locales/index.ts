// Every built-in catalogue. Only what an app imports from here is bundled: the provider itself knows English only.
import { en } from './en.js';
import { languageOf, type BuiltInLocale, type ComponentMessages } from './format.js';
import { fi } from './fi.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { sv } from './sv.js';
import { uk } from './uk.js';

export {
  builtInLocales,
  formatMessage,
  interpolate,
  languageOf,
  type BuiltInLocale,
  type ComponentMessages,
  type Message,
  type MessageKey,
  type Messages,
  type PluralMessage,
} from './format.js';
export { en, fi, nb, nn, sv, uk };

/** The components' strings in every built-in locale (importing this bundles all of them). */
export const catalogues: Record<BuiltInLocale, ComponentMessages> = { en, nb, nn, sv, fi, uk };

/**
 * Picks the built-in catalogue for a BCP 47 tag: an exact match, then the language ("nb-NO" -> "nb"),
 * with "no" read as Bokmål, and English last.
 */
export function catalogueFor(locale: string): ComponentMessages {
  return (catalogues as Record<string, ComponentMessages>)[languageOf(locale)] ?? en;
}

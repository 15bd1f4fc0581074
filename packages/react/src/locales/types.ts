// The types of the message system, in a module of their own so that `export *` carries `Messages` to the package's
// entry, where other packages can merge keys into it.
import type { en } from './en.js';

/** A message that depends on a count: one string per plural category of the language (`Intl.PluralRules`). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A built-in string, plain or plural. Placeholders are written `{name}`. */
export type Message = string | PluralMessage;

/**
 * Every built-in string, by key: a complete catalogue. Packages built on Samspill add their keys by declaration
 * merging (`declare module '@samspill/react' { interface Messages { 'cart.title': Message } }`), so the provider's
 * `strings` and `useMessages` know them too.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface, so other packages can merge keys into it
export interface Messages extends ComponentMessages {}

/** The strings of this package's components: what each catalogue in `@samspill/react/locales` holds. */
export type ComponentMessages = Record<keyof typeof en, Message>;

/** Every key a built-in string can be looked up by, from this package and every package that adds to `Messages`. */
export type MessageKey = keyof Messages;

/** Looks up a string by key and fills its `{placeholders}`; plural messages take their form from `values.count`. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

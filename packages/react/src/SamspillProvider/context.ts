import { createContext, useContext, useMemo } from 'react';
import { en } from '../locales/en.js';
import { builtInLocales, languageOf, translator, type Messages, type Translate } from '../locales/format.js';

/** The themes a provider can select; `auto` follows the operating system's colour scheme and contrast settings. */
export type Theme = 'light' | 'dark' | 'high-contrast' | 'auto';

/** How urgently a live message interrupts: `polite` waits for a pause, `urgent` interrupts. */
export type Urgency = 'polite' | 'urgent';

/** @deprecated Renamed `Urgency`, where `'urgent'` replaces `'assertive'`; removed in the next minor version. */
export type Politeness = Urgency | 'assertive';

export interface SamspillContextValue {
  theme: Theme;
  locale: string;
  /** The provider's strings: the built-in English with its `strings` on top. */
  messages: Partial<Messages>;
  /** Speaks `message` to screen-reader users; `'urgent'` interrupts, so keep it for what needs attention now
   * (`'assertive'`, its old name, still works in this minor version). */
  announce: (message: string, urgency?: Urgency | 'assertive') => void;
  /** False when no provider is above: components still render, but live announcements have nowhere to go. */
  hasProvider: boolean;
}

let warnedAboutMissingProvider = false;

function announceWithoutProvider() {
  if (process.env.NODE_ENV !== 'production' && !warnedAboutMissingProvider) {
    warnedAboutMissingProvider = true;
    console.warn(
      'Samspill: a component tried to announce a message, but there is no <SamspillProvider> above it. ' +
        'Wrap your app in <SamspillProvider> so screen-reader users hear status changes.',
    );
  }
}

// Three contexts, so a theme switch re-renders only what reads the theme, and no component re-renders for a
// change it does not show.
export const ThemeContext = createContext<Theme>('light');
export const LocaleContext = createContext<{
  locale: string;
  messages: Partial<Messages>;
  /** The provider's strings as a translator, made once per locale and strings rather than in every component. */
  t: Translate;
}>({ locale: 'en', messages: en, t: translator('en', en) });
export const AnnounceContext = createContext<{ announce: SamspillContextValue['announce']; hasProvider: boolean }>({
  announce: announceWithoutProvider,
  hasProvider: false,
});

/** The theme, locale and announcer of the nearest `SamspillProvider`. Re-renders on every change of any of them:
 * prefer `useTheme`, `useLocale` or `useAnnounce` for just one. */
export function useSamspill(): SamspillContextValue {
  const { locale, messages } = useContext(LocaleContext);
  return { theme: useContext(ThemeContext), locale, messages, ...useContext(AnnounceContext) };
}

/** The theme of the nearest `SamspillProvider`. Styles need not read it: they follow `data-samspill-theme`. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** The BCP 47 locale of the nearest `SamspillProvider`. */
export function useLocale(): string {
  return useContext(LocaleContext).locale;
}

const warnedLocales = new Set<string>();

/** Warns once per locale when a built-in language is shown but `given` lacks some of the `needed` strings (development only). */
export function devCheckCatalogue(locale: string, given: object | undefined, needed: object): void {
  const language = languageOf(locale);
  if (language === 'en' || !(builtInLocales as readonly string[]).includes(language) || warnedLocales.has(locale))
    return;
  const missing = Object.keys(needed).find((key) => !given || !(key in given));
  if (missing === undefined) return;
  warnedLocales.add(locale);
  console.warn(
    `SamspillProvider: locale "${locale}" shows built-in strings such as "${missing}" in English, because its catalogue is not passed. ` +
      `Import it and pass it: import { ${language} } from '@samspill/react/locales'; <SamspillProvider locale="${locale}" strings={${language}}>. ` +
      `With @samspill/patterns, import it from '@samspill/patterns/locales' instead: that catalogue holds the components' strings and the patterns'.`,
  );
}

/**
 * Gives `t(key, values)`, which looks a string up for the provider's locale and fills `{placeholders}`; plural
 * messages take their form from `values.count`. `strings` overrides the provider's strings for this component;
 * `defaults` is the English a package ships for keys it adds to `Messages`, used when neither has the key.
 */
export function useMessages(strings?: Partial<Messages>, defaults?: Partial<Messages>): Translate {
  const { messages, locale } = useContext(LocaleContext);
  // `defaults` first: reading process.env is slow in Node, and components without defaults render by the thousand.
  if (defaults && process.env.NODE_ENV !== 'production') devCheckCatalogue(locale, messages, defaults);
  return useMemo(() => translator(locale, defaults, messages, strings), [locale, defaults, messages, strings]);
}

/** `useMessages()` for Samspill's own components that take no `strings`: one context read and nothing made per
 * render, which counts on a page of hundreds of buttons and fields. */
export function useProviderMessages(): Translate {
  return useContext(LocaleContext).t;
}

/** Sends a message to the provider's live regions, for screen-reader users to hear. */
export function useAnnounce(): SamspillContextValue['announce'] {
  return useContext(AnnounceContext).announce;
}

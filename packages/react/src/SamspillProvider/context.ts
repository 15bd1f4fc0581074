import { createContext, useContext } from 'react';
import { en } from '../locales/en.js';
import { formatMessage, type MessageKey, type Messages } from '../locales/format.js';

/** The themes a provider can select; `auto` follows the operating system's colour scheme and contrast settings. */
export type Theme = 'light' | 'dark' | 'high-contrast' | 'auto';

/** How urgently a live message interrupts: `polite` waits for a pause, `urgent` interrupts. */
export type Urgency = 'polite' | 'urgent';

/** @deprecated Renamed `Urgency`, where `'urgent'` replaces `'assertive'`; removed in the next minor version. */
export type Politeness = Urgency | 'assertive';

export interface SamspillContextValue {
  theme: Theme;
  locale: string;
  messages: Messages;
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
export const LocaleContext = createContext<{ locale: string; messages: Messages }>({ locale: 'en', messages: en });
export const AnnounceContext = createContext<{ announce: SamspillContextValue['announce']; hasProvider: boolean }>({
  announce: announceWithoutProvider,
  hasProvider: false,
});

/** The theme, locale and announcer of the nearest `SamspillProvider`. Re-renders on every change of any of them:
 * prefer `useTheme`, `useLocale` or `useAnnounce` for just one. */
export function useSamspill(): SamspillContextValue {
  return { theme: useContext(ThemeContext), ...useContext(LocaleContext), ...useContext(AnnounceContext) };
}

/** The theme of the nearest `SamspillProvider`. Styles need not read it: they follow `data-samspill-theme`. */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** The BCP 47 locale of the nearest `SamspillProvider`. */
export function useLocale(): string {
  return useContext(LocaleContext).locale;
}

/**
 * Looks up a built-in (or overridden) string for the provider's locale and fills `{placeholders}`; plural messages
 * take their form from `values.count`.
 */
export function useMessages(): (key: MessageKey, values?: Record<string, string | number>) => string {
  const { messages, locale } = useContext(LocaleContext);
  return (key, values) => formatMessage(messages[key], locale, values);
}

/** Sends a message to the provider's live regions, for screen-reader users to hear. */
export function useAnnounce(): SamspillContextValue['announce'] {
  return useContext(AnnounceContext).announce;
}

import { createContext, useContext } from 'react';
import { catalogues, formatMessage, type MessageKey, type Messages } from '../locales/index.js';

/** The themes a provider can select; `auto` follows the operating system's colour scheme and contrast settings. */
export type Theme = 'light' | 'dark' | 'high-contrast' | 'auto';

/** How urgently a live message interrupts: `polite` waits for a pause, `assertive` interrupts. */
export type Politeness = 'polite' | 'assertive';

export interface SamspillContextValue {
  theme: Theme;
  locale: string;
  messages: Messages;
  announce: (message: string, politeness?: Politeness) => void;
  /** False when no provider is above: components still render, but live announcements have nowhere to go. */
  hasProvider: boolean;
}

let warnedAboutMissingProvider = false;

export const SamspillContext = createContext<SamspillContextValue>({
  theme: 'light',
  locale: 'en',
  messages: catalogues.en,
  hasProvider: false,
  announce: () => {
    if (process.env.NODE_ENV !== 'production' && !warnedAboutMissingProvider) {
      warnedAboutMissingProvider = true;
      console.warn(
        'Samspill: a component tried to announce a message, but there is no <SamspillProvider> above it. ' +
          'Wrap your app in <SamspillProvider> so screen-reader users hear status changes.',
      );
    }
  },
});

/** The theme, locale and announcer of the nearest `SamspillProvider`. */
export function useSamspill(): SamspillContextValue {
  return useContext(SamspillContext);
}

/**
 * Looks up a built-in (or overridden) string for the provider's locale and fills `{placeholders}`; plural messages
 * take their form from `values.count`.
 */
export function useMessages(): (key: MessageKey, values?: Record<string, string | number>) => string {
  const { messages, locale } = useContext(SamspillContext);
  return (key, values) => formatMessage(messages[key], locale, values);
}

/** Sends a message to the provider's live regions, for screen-reader users to hear. */
export function useAnnounce(): SamspillContextValue['announce'] {
  return useContext(SamspillContext).announce;
}

'use client';
import {
  forwardRef,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
} from 'react';
import { part } from '../internal/part.js';
import { en } from '../locales/en.js';
import { translator, type Messages } from '../locales/format.js';
import { devWarnRenamed } from '../internal/dev.js';
import {
  AnnounceContext,
  devCheckCatalogue,
  LocaleContext,
  ThemeContext,
  type Theme,
  type Urgency,
} from './context.js';

export interface SamspillProviderProps extends HTMLAttributes<HTMLDivElement> {
  /** Colour theme for everything inside. `auto` follows `prefers-color-scheme` and `prefers-contrast: more`.
   * @default 'light' */
  theme?: Theme;
  /** BCP 47 language tag: sets `lang` and the language that plural forms and formats follow.
   * @default 'en' */
  locale?: string;
  /** The built-in strings in the locale's language, on top of English, for every component and pattern inside: a
   * whole catalogue (`import { nb } from '@samspill/react/locales'`, or from `@samspill/patterns/locales` with the
   * patterns), single strings (`{ 'button.loading': 'Sending', 'contact.title': 'Talk to us' }`), or both. */
  strings?: Partial<Messages>;
}

const LiveRegion = part('div', 'samspill-live-region');

/** How long a message stays in the live region; clearing it lets the same message be announced again. */
const CLEAR_AFTER_MS = 5_000;

// Layout effects warn when React renders on a server; there nothing is painted, so nothing can transition.
const useBeforePaint = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Themes, translates and gives a voice to everything inside it: sets `data-samspill-theme` and `lang` on its
 * element, provides the strings for the locale, and owns the live regions that `useAnnounce` speaks through.
 * The theme's colours come from `@samspill/tokens/css/samspill.css`, which the app links or imports once.
 */
export const SamspillProvider = forwardRef<HTMLDivElement, SamspillProviderProps>(function SamspillProvider(
  { theme = 'light', locale = 'en', strings, children, ...rest },
  ref,
) {
  if (process.env.NODE_ENV !== 'production') devCheckCatalogue(locale, strings, en);
  const [live, setLive] = useState<Record<Urgency, string>>({ polite: '', urgent: '' });
  const timers = useRef<Partial<Record<Urgency, ReturnType<typeof setTimeout>>>>({});
  const element = useRef<HTMLDivElement | null>(null);
  const shownTheme = useRef(theme);

  const announce = useCallback((message: string, requested: Urgency | 'assertive' = 'polite') => {
    if (requested === 'assertive') devWarnRenamed('announce', "'assertive'", "'urgent'");
    const urgency: Urgency = requested === 'assertive' ? 'urgent' : requested;
    clearTimeout(timers.current[urgency]);
    // Empty first, then fill on the next frame: screen readers only speak a change of content.
    setLive((current) => ({ ...current, [urgency]: '' }));
    timers.current[urgency] = setTimeout(() => {
      setLive((current) => ({ ...current, [urgency]: message }));
      timers.current[urgency] = setTimeout(() => setLive((current) => ({ ...current, [urgency]: '' })), CLEAR_AFTER_MS);
    }, 50);
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => Object.values(pending).forEach((timer) => clearTimeout(timer));
  }, []);

  // Every colour changes at once on a theme switch: hold transitions off for the frame that paints it, so
  // thousands of colour animations do not start.
  useBeforePaint(() => {
    const root = element.current;
    if (!root || shownTheme.current === theme) return;
    shownTheme.current = theme;
    root.setAttribute('data-samspill-theme-changing', '');
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => root.removeAttribute('data-samspill-theme-changing'));
    });
    return () => {
      cancelAnimationFrame(frame);
      root.removeAttribute('data-samspill-theme-changing');
    };
  }, [theme]);

  const setRef = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );

  const localeValue = useMemo(() => {
    const messages = { ...en, ...strings };
    return { locale, messages, t: translator(locale, messages) };
  }, [locale, strings]);
  const announceValue = useMemo(() => ({ announce, hasProvider: true }), [announce]);

  return (
    <ThemeContext.Provider value={theme}>
      <LocaleContext.Provider value={localeValue}>
        <AnnounceContext.Provider value={announceValue}>
          <div ref={setRef} data-samspill-theme={theme} lang={locale} {...rest}>
            {children}
            <LiveRegion aria-live="polite" aria-atomic="true" data-samspill-live="polite">
              {live.polite}
            </LiveRegion>
            <LiveRegion aria-live="assertive" aria-atomic="true" data-samspill-live="assertive">
              {live.urgent}
            </LiveRegion>
          </div>
        </AnnounceContext.Provider>
      </LocaleContext.Provider>
    </ThemeContext.Provider>
  );
});

'use client';
import { forwardRef, useCallback, useEffect, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { catalogueFor, type Messages } from '../locales/index.js';
import { visuallyHiddenCss } from '../VisuallyHidden/VisuallyHidden.js';
import { GlobalStyles } from './GlobalStyles.js';
import { SamspillContext, type Politeness, type SamspillContextValue, type Theme } from './context.js';

export interface SamspillProviderProps extends HTMLAttributes<HTMLDivElement> {
  /** Colour theme for everything inside. `auto` follows `prefers-color-scheme` and `prefers-contrast: more`.
   * @default 'light' */
  theme?: Theme;
  /** BCP 47 language tag; picks the built-in catalogue (`en`, `nb`, `nn`, `sv`, `fi`, `uk`) and sets `lang`.
   * @default 'en' */
  locale?: string;
  /** Replaces any built-in string, e.g. `{ 'button.loading': 'Sending' }`. */
  strings?: Partial<Messages>;
  /** Leave out the global styles when an outer provider already renders them.
   * @default true */
  globalStyles?: boolean;
}

const LiveRegion = styled.div`
  ${visuallyHiddenCss}
`;

/** How long a message stays in the live region; clearing it lets the same message be announced again. */
const CLEAR_AFTER_MS = 5_000;

/**
 * Themes, translates and gives a voice to everything inside it: sets `data-samspill-theme` and `lang` on its
 * element, provides the strings for the locale, and owns the live regions that `useAnnounce` speaks through.
 */
export const SamspillProvider = forwardRef<HTMLDivElement, SamspillProviderProps>(function SamspillProvider(
  { theme = 'light', locale = 'en', strings, globalStyles = true, children, ...rest },
  ref,
) {
  const [live, setLive] = useState<Record<Politeness, string>>({ polite: '', assertive: '' });
  const timers = useRef<Partial<Record<Politeness, ReturnType<typeof setTimeout>>>>({});

  const announce = useCallback((message: string, politeness: Politeness = 'polite') => {
    clearTimeout(timers.current[politeness]);
    // Empty first, then fill on the next frame: screen readers only speak a change of content.
    setLive((current) => ({ ...current, [politeness]: '' }));
    timers.current[politeness] = setTimeout(() => {
      setLive((current) => ({ ...current, [politeness]: message }));
      timers.current[politeness] = setTimeout(
        () => setLive((current) => ({ ...current, [politeness]: '' })),
        CLEAR_AFTER_MS,
      );
    }, 50);
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => Object.values(pending).forEach((timer) => clearTimeout(timer));
  }, []);

  const value = useMemo<SamspillContextValue>(
    () => ({ theme, locale, messages: { ...catalogueFor(locale), ...strings }, announce, hasProvider: true }),
    [theme, locale, strings, announce],
  );

  return (
    <SamspillContext.Provider value={value}>
      {globalStyles && <GlobalStyles />}
      <div ref={ref} data-samspill-theme={theme} lang={locale} {...rest}>
        {children}
        <LiveRegion aria-live="polite" aria-atomic="true" data-samspill-live="polite">
          {live.polite}
        </LiveRegion>
        <LiveRegion aria-live="assertive" aria-atomic="true" data-samspill-live="assertive">
          {live.assertive}
        </LiveRegion>
      </div>
    </SamspillContext.Provider>
  );
});

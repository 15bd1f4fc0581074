import { useEffect, useState, type PropsWithChildren } from 'react';
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import type { ThemeName } from '@samspill/tokens';
import { storybookTheme } from './brand';
import { storyThemes } from './themes';

const asTheme = (value: unknown): ThemeName =>
  storyThemes.includes(value as ThemeName) ? (value as ThemeName) : 'light';

// On a phone, a wide table (wording examples, props) scrolls inside itself instead of pushing the page sideways.
const narrowTables =
  '@media (max-width: 40em) { .sbdocs-content table { display: block; max-width: 100%; overflow-x: auto; } }';

/** Docs pages in the theme chosen in the toolbar, so a dark story never sits in a white page. */
export function ThemedDocsContainer({ children, context }: PropsWithChildren<DocsContainerProps>) {
  const store = (context as { store?: { userGlobals?: { get?: () => Record<string, unknown> } } }).store;
  const [theme, setTheme] = useState(() => asTheme(store?.userGlobals?.get?.().theme));
  useEffect(() => {
    const channel = addons.getChannel();
    const onGlobals = ({ globals }: { globals: Record<string, unknown> }) => setTheme(asTheme(globals.theme));
    channel.on(GLOBALS_UPDATED, onGlobals);
    return () => channel.off(GLOBALS_UPDATED, onGlobals);
  }, []);
  return (
    <DocsContainer context={context} theme={storybookTheme(theme)}>
      <style>{narrowTables}</style>
      {children}
    </DocsContainer>
  );
}

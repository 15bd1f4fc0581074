import '@samspill/tokens/css/fonts.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import '@samspill/tokens/css/samspill.css';
// The components' and the patterns' static styles, as a product links them.
import '@samspill/react/styles.css';
import '@samspill/patterns/styles.css';
import { SamspillProvider, type Theme } from '@samspill/react';
// The patterns' catalogues hold the components' strings too, so every story speaks the toolbar's language.
import { builtInLocales, catalogueFor } from '@samspill/patterns/locales';
import { storyThemes } from './themes';
import { ThemedDocsContainer } from './ThemedDocsContainer';
import { wcagTags } from './wcag-tags.mjs';

const localeNames: Record<(typeof builtInLocales)[number], string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  sv: 'Svenska',
  fi: 'Suomi',
  uk: 'Українська',
};

const withSamspill: Decorator = (Story, context) => (
  <SamspillProvider
    theme={context.globals.theme as Theme}
    locale={context.globals.locale as string}
    strings={catalogueFor(context.globals.locale as string)}
    // On its own the story's theme fills the canvas; inline on a docs page it takes only the room it needs.
    // Border-box, so the padding sits inside the viewport's height instead of adding a scrollbar below it.
    style={{ padding: '1rem', boxSizing: 'border-box', minHeight: context.viewMode === 'docs' ? undefined : '100vh' }}
  >
    <Story />
  </SamspillProvider>
);

const preview: Preview = {
  decorators: [withSamspill],
  globalTypes: {
    theme: {
      description: 'Samspill theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: storyThemes.map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the built-in strings',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: builtInLocales.map((value) => ({ value, right: value, title: localeNames[value] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    // The order a designer reads in: what Samspill is, how to start, the gallery of everything in it, its
    // foundations, the components, the patterns built from them, and the guidelines. Each component's docs page
    // comes before its stories.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          ['For designers', 'For developers'],
          'Overview',
          'Foundations',
          ['Tokens', '*'],
          'Components',
          'Patterns',
          'Guidelines',
          ['Principles', 'Accessibility', '*', 'Contributing'],
        ],
      },
    },
    layout: 'fullscreen',
    docs: { container: ThemedDocsContainer },
    controls: { expanded: true },
    a11y: {
      // Any violation fails the story's test, in every theme project.
      test: 'error',
      options: {
        // The conformance report reads the same tags (scripts/conformance-report.mjs).
        runOnly: { type: 'tag', values: wcagTags },
      },
    },
  },
};

export default preview;

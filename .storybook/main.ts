import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: [
    '../docs/**/*.mdx',
    '../docs/**/*.stories.tsx',
    '../packages/*/src/**/*.mdx',
    '../packages/*/src/**/*.stories.tsx',
  ],
  addons: [
    // GitHub-flavoured Markdown, so the tables of the guidance pages render as tables.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  // The built tokens' fonts and CSS, for Storybook's own UI (manager-head.html).
  staticDirs: [
    { from: '../tokens/dist', to: '/samspill-tokens' },
    // The committed light screenshots are the overview gallery's thumbnails: always current, never drawn twice.
    { from: '../test/screenshots/light', to: '/thumbnails' },
    // The conformance report as JSON, beside the page that shows it.
    { from: '../docs/conformance', to: '/conformance' },
  ],
  // A docs page's headings join the sidebar search, so the overview's "Other names" find components by the words
  // designers use (Banner, Modal, Card).
  features: { experimentalSearchDocsHeadings: true },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories that exist for the tests (each locale, a keyboard case) run as tests but stay out of the sidebar and the
  // docs pages unless someone turns the tag's filter on.
  // Stories made for a guidance page's do and don't examples are shown there, not in the sidebar.
  tags: {
    'test-case': { defaultFilterSelection: 'exclude', excludeFromDocsStories: true },
    guidance: { defaultFilterSelection: 'exclude', excludeFromDocsStories: true },
  },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(viteConfig) {
    // Resolve workspace packages to their TypeScript sources, so Storybook never shows a stale build.
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: {
        conditions: ['samspill-source'],
        // Docs pages import the shared guidance blocks by name rather than by a path of `../`.
        alias: { '@samspill-docs/blocks': new URL('../docs/blocks/Guidance.tsx', import.meta.url).pathname },
      },
      build: {
        rollupOptions: {
          // 'use client' marks entry points for React Server Components; a static Storybook has none to keep.
          onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
      },
    });
  },
};

export default config;

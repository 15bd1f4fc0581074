import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { storyThemes } from './.storybook/themes.ts';
import { chromiumArgs, findChromium } from '@samspill/audit';
import { browserCommands } from './test/support/browser-commands.ts';

const executablePath = findChromium();
// The browser sees only Samspill's bundled typeface, so text renders alike on every machine (see the file).
const fontconfig = {
  ...process.env,
  FONTCONFIG_FILE: fileURLToPath(new URL('./test/support/fonts.conf', import.meta.url)),
};

// A function, not a shared object: Vitest names each project's browser instance in place.
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({ launchOptions: { executablePath, args: chromiumArgs, env: fontconfig } }),
  instances: [{ browser: 'chromium' as const }],
  commands: browserCommands,
});

const storyProjects: TestProjectInlineConfiguration[] = storyThemes.map((theme) => ({
  extends: true,
  plugins: [storybookTest({ configDir: '.storybook', tags: { include: ['test'], exclude: ['skip-test'] } })],
  test: {
    name: `stories:${theme}`,
    browser: {
      ...browser(),
      // Every story is also compared with its committed screenshots (see .storybook/vitest.setup.ts). Pixelmatch
      // ignores anti-aliasing; a pixel counts as changed past a colour distance of 0.1, and a screenshot fails
      // when more than 24 pixels changed: less than one radio's dot, so no visible change slips through.
      expect: {
        toMatchScreenshot: {
          comparatorName: 'pixelmatch',
          comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 24 },
          resolveScreenshotPath: ({ root, arg, ext }) => `${root}/test/screenshots/${arg}${ext}`,
          resolveDiffPath: ({ root, arg, ext }) => `${root}/reports/screenshots/${arg}${ext}`,
        },
      },
    },
    benchmark: { include: [] },
    setupFiles: ['.storybook/vitest.setup.ts'],
    provide: { storyTheme: theme, shots: process.env.SAMSPILL_SHOTS ? JSON.parse(process.env.SAMSPILL_SHOTS) : null },
  },
}));

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources, in the browser and in Node alike.
  resolve: {
    conditions: [...defaultClientConditions, 'samspill-source'],
    // Test helpers by name, from any package (tsconfig.json's paths and the root package.json say the same).
    alias: [{ find: /^#test\/(.*)$/, replacement: fileURLToPath(new URL('./test/support/', import.meta.url)) + '$1' }],
  },
  ssr: { resolve: { conditions: [...defaultServerConditions, 'samspill-source'] } },
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react-dom/server.browser',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'vitest-browser-react',
    ],
  },
  test: {
    // The whole suite shares two cores in CI: give slow moments room without hiding real hangs. A keyboard-driven
    // widget test that takes 5 s on an idle run took over 20 s with the cores busy elsewhere.
    testTimeout: 45_000,
    expect: { poll: { timeout: 5_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Vitest leaves CSS out by default; GlobalStyles reads the stylesheets' text through Vite in the sources.
          css: { include: [/\.css(\?|$)/] },
          include: ['tokens/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'test/node/**/*.test.ts'],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.test.tsx', 'test/browser/**/*.test.tsx'],
          setupFiles: ['test/support/stylesheet.ts'],
          // Benchmarks run in Node only.
          benchmark: { include: [] },
          browser: browser(),
        },
      },
      ...storyProjects,
    ],
  },
});

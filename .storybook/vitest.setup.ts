import { setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { commands, page } from 'vitest/browser';
import * as previewAnnotations from './preview';

// Each theme project provides its theme (see vitest.config.ts), so every story runs, and is checked by axe, in it.
// This file lives in .storybook/ so the Vitest addon leaves the preview annotations to it instead of applying its own.
const theme = inject('storyTheme');
const shots = inject('shots');
setProjectAnnotations([previewAnnotations, { initialGlobals: { theme, ...(shots ? { locale: shots.locale } : {}) } }]);

// Guards the set-up itself: a story rendered in any other theme would make the per-theme axe runs meaningless.
afterEach(() => {
  const themed = document.querySelector('[data-samspill-theme]');
  if (themed) expect(themed.getAttribute('data-samspill-theme'), 'the story ran in the wrong theme').toBe(theme);
});

// A story whose content fits the viewport must not make the canvas scroll: a permanent scrollbar, or a strip
// under a modal's backdrop, is what a designer sees first.
afterEach(() => {
  const canvas = document.querySelector<HTMLElement>('[data-samspill-theme]');
  if (!canvas) return;
  const contentBottom = Math.max(0, ...Array.from(canvas.children, (child) => child.getBoundingClientRect().bottom));
  const fits = contentBottom + parseFloat(getComputedStyle(canvas).paddingBottom) <= window.innerHeight;
  if (fits)
    expect(document.documentElement.scrollHeight, 'the story canvas is taller than the viewport').toBeLessThanOrEqual(
      window.innerHeight,
    );
});

// What a designer sees: each story at a desktop and the narrowest phone width, compared with the committed
// screenshots in test/screenshots (or, from `pnpm shots`, written to a folder for review). Stories with controls
// are also taken in forced colours, once, since forced colours replace every theme's palette.
const viewports = [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
] as const;
const interactive = 'a[href], button, input, select, textarea, summary, [tabindex]';

// `pnpm shots` runs only the stories it was asked for, and takes them even when a play function written for
// English fails in another locale: the picture is what matters there.
beforeEach(({ task, skip }) => {
  if (shots && !shots.stories.some(({ file, name }) => task.file.filepath.endsWith(file) && task.name === name)) skip();
});

afterEach(async ({ task, story }) => {
  const storyId = task.meta.storyId;
  if (!story || !storyId || story.tags.includes('no-screenshot')) return;
  if (!shots && task.result?.state === 'fail') return;
  const canvas = document.querySelector<HTMLElement>('[data-samspill-theme]') ?? document.body;
  const forcedToo = (shots ? shots.forcedColors : theme === 'light') && canvas.querySelector(interactive) !== null;
  const widths = shots ? viewports.filter(({ width }) => shots.widths.includes(width)) : viewports;
  const take = async (name: string) => {
    await document.fonts.ready;
    const options = { animations: 'disabled', caret: 'hide', scale: 'css' } as const;
    if (shots) await page.screenshot({ element: canvas, path: `${shots.dir}/${name}.png`, ...options });
    // Two equal shots in a row count as stable; on a busy machine each shot is slow, so allow more than the 5 s default.
    else
      await expect
        .element(page.elementLocator(canvas))
        .toMatchScreenshot(name, { screenshotOptions: options, timeout: 30_000 });
  };
  const locale = shots ? `-${shots.locale}` : '';
  try {
    for (const { width, height } of widths) {
      await page.viewport(width, height);
      await take(`${theme}/${storyId}-${width}${locale}`);
      if (forcedToo) {
        await commands.setForcedColors(true);
        await take(`forced-colors/${storyId}-${width}${locale}`);
        await commands.setForcedColors(false);
      }
    }
  } finally {
    await commands.setForcedColors(false);
  }
});

declare module 'vitest' {
  export interface ProvidedContext {
    storyTheme: string;
    /** Set by `pnpm shots`: write PNGs of these stories instead of comparing with the baselines. */
    shots: {
      dir: string;
      stories: { file: string; name: string }[];
      widths: number[];
      locale: string;
      forcedColors: boolean;
    } | null;
  }
}

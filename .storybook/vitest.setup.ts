import { setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, expect, inject } from 'vitest';
import * as previewAnnotations from './preview';

// Each theme project provides its theme (see vitest.config.ts), so every story runs, and is checked by axe, in it.
// This file lives in .storybook/ so the Vitest addon leaves the preview annotations to it instead of applying its own.
const theme = inject('storyTheme');
setProjectAnnotations([previewAnnotations, { initialGlobals: { theme } }]);

// Guards the set-up itself: a story rendered in any other theme would make the per-theme axe runs meaningless.
afterEach(() => {
  const themed = document.querySelector('[data-samspill-theme]');
  if (themed) expect(themed.getAttribute('data-samspill-theme'), 'the story ran in the wrong theme').toBe(theme);
});

declare module 'vitest' {
  export interface ProvidedContext {
    storyTheme: string;
  }
}

import { setProjectAnnotations } from '@storybook/react-vite';
import { inject } from 'vitest';
import * as previewAnnotations from '../../.storybook/preview';

// Each theme project provides its theme (see vitest.config.ts), so every story runs, and is checked by axe, in it.
setProjectAnnotations([previewAnnotations, { initialGlobals: { theme: inject('storyTheme') } }]);

declare module 'vitest' {
  export interface ProvidedContext {
    storyTheme: string;
  }
}

// Commands that browser tests call from the page and that run in Node against the Playwright page.
import type { BrowserCommand } from 'vitest/node';

/** Turns Windows High Contrast-style forced colours on or off for the page under test. */
const setForcedColors: BrowserCommand<[active: boolean]> = async ({ page }, active) => {
  await page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

export const browserCommands = { setForcedColors };

declare module 'vitest/browser' {
  interface BrowserCommands {
    setForcedColors: (active: boolean) => Promise<void>;
  }
}

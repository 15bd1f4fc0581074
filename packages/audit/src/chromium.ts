import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { BrowserUnavailableError } from './errors.js';

/** Where Chromium or Chrome usually lives, searched in this order after `CHROME_PATH`. */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for headless Chromium on a CI machine, which may have no outside network and a small /dev/shm. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const installHint =
  'Install Chromium (Debian/Ubuntu: `apt-get install chromium`; macOS: install Google Chrome or Chromium), ' +
  'or set CHROME_PATH to a Chromium or Chrome executable.';

/** The browser to drive: `CHROME_PATH` when it points at a file, then the first system path that exists. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv && exists(fromEnv)) return fromEnv;
  return systemChromiumPaths.find((candidate) => exists(candidate));
}

/** Starts one headless Chromium, or throws a BrowserUnavailableError that names the fix. */
export async function launchChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): Promise<Browser> {
  const executablePath = findChromium(env, exists);
  if (!executablePath) {
    const stale = env.CHROME_PATH ? `CHROME_PATH points at "${env.CHROME_PATH}", which does not exist, and n` : 'N';
    throw new BrowserUnavailableError(
      `${stale}o Chromium was found in ${systemChromiumPaths.join(', ')}.\n${installHint}`,
    );
  }
  try {
    return await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new BrowserUnavailableError(`Chromium at ${executablePath} would not start: ${reason}\n${installHint}`);
  }
}

import { describe, expect, it } from 'vitest';
import { findChromium, launchChromium, systemChromiumPaths } from './chromium.js';
import { BrowserUnavailableError } from './errors.js';
import { main } from './main.js';
import { exitCodes } from './summary.js';

describe('finding Chromium', () => {
  it('takes CHROME_PATH first when it exists', () => {
    const exists = (path: string) => path === '/opt/chrome' || path === '/usr/bin/chromium';
    expect(findChromium({ CHROME_PATH: '/opt/chrome' }, exists)).toBe('/opt/chrome');
  });

  it('falls back to the system paths in order when CHROME_PATH is unset or missing', () => {
    const exists = (path: string) => path === '/usr/bin/google-chrome' || path === '/usr/bin/chromium-browser';
    expect(findChromium({}, exists)).toBe('/usr/bin/chromium-browser');
    expect(findChromium({ CHROME_PATH: '/gone' }, exists)).toBe('/usr/bin/chromium-browser');
    expect(systemChromiumPaths.slice(0, 3)).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
    ]);
    expect(systemChromiumPaths).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('says how to install Chromium when there is none', async () => {
    const error = await launchChromium({ CHROME_PATH: '/gone' }, () => false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserUnavailableError);
    expect((error as Error).message).toMatch(
      /CHROME_PATH points at "\/gone", which does not exist, and no Chromium was found/,
    );
    expect((error as Error).message).toContain('apt-get install chromium');
    expect((error as Error).message).toContain('set CHROME_PATH');
  });

  it('exits with 4 when the browser will not start', async () => {
    const stderr: string[] = [];
    // A file that exists but is no browser.
    const code = await main(['url', 'https://example.org'], {
      stdout: () => {},
      stderr: (line) => stderr.push(line),
      env: { CHROME_PATH: import.meta.filename },
    });
    expect(code).toBe(exitCodes.setup);
    expect(stderr.join('\n')).toMatch(/Chromium at .*chromium\.test\.ts would not start/);
  }, 60_000);
});

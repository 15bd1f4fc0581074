#!/usr/bin/env node
// The README's two commands: `npm start` (install, then Storybook) and `npm test` (install, then every check).
// Needs only Node 20 and npm: pnpm is fetched through npx when it is missing, and Chromium comes from
// Debian's packages when neither CHROME_PATH nor a system Chromium is found.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PNPM_VERSION = '10.34.9';
const mode = process.argv[2];
if (mode !== 'storybook' && mode !== 'test') {
  console.error('Usage: node scripts/quickstart.mjs <storybook|test>');
  process.exit(2);
}

function commandWorks(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** A pnpm 10 to run: the installed one when it is version 10, else the pinned one through npx. */
function pnpmCommand() {
  const installed = commandWorks('pnpm', ['--version']);
  if (installed?.startsWith('10.')) return ['pnpm'];
  console.log(`pnpm 10 not found (got ${installed ?? 'none'}); using npx pnpm@${PNPM_VERSION}.`);
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The screenshot tests render with the Liberation fonts only (see test/support/fonts.conf), so every machine
// draws the same pixels; Debian ships them as fonts-liberation.
const screenshotFonts = '/usr/share/fonts/truetype/liberation';

/** Installs Debian packages when this machine can (apt-get, as root or with sudo); false when it cannot. */
function aptInstall(packages, why) {
  const isRoot = process.getuid?.() === 0;
  if (!existsSync('/usr/bin/apt-get') || !(isRoot || commandWorks('sudo', ['-n', 'true']) !== undefined)) return false;
  console.log(`${why}: installing Debian's ${packages.join(' and ')}.`);
  const prefix = isRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    run(command, rest, { env });
  };
  apt('update', '-qq');
  apt('install', '-y', '-qq', ...packages);
  return true;
}

/** @param {() => string | undefined} findChromium */
function ensureChromium(findChromium) {
  let found = findChromium();
  if (
    !found &&
    aptInstall(['chromium', 'fonts-liberation'], 'No Chromium found (CHROME_PATH is unset and none is installed)')
  ) {
    found = findChromium();
  }
  if (found) {
    if (!existsSync(screenshotFonts))
      aptInstall(['fonts-liberation'], 'The screenshot tests need the Liberation fonts');
    return found;
  }
  console.error(
    'The browser tests need Chromium, and none was found.\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium fonts-liberation\n' +
      '  - macOS: install Google Chrome or Chromium\n' +
      '  - or point CHROME_PATH at a Chromium or Chrome executable.',
  );
  process.exit(1);
}

const [pnpm, ...pnpmArgs] = pnpmCommand();
const frozen = existsSync('pnpm-lock.yaml') ? ['--frozen-lockfile'] : [];
run(pnpm, [...pnpmArgs, 'install', ...frozen]);

if (mode === 'test') {
  // The audit package owns the one Chromium finder; build it (and what it uses) so this script can ask it.
  run(pnpm, [...pnpmArgs, '--filter', '@samspill/audit...', 'run', 'build']);
  const { findChromium } = await import('@samspill/audit');
  const chromium = ensureChromium(findChromium);
  console.log(`Using Chromium at ${chromium}`);
  run(pnpm, [...pnpmArgs, 'run', 'check'], { env: { ...process.env, CHROME_PATH: chromium } });
} else {
  run(pnpm, [...pnpmArgs, 'run', 'storybook']);
}

#!/usr/bin/env node
// `pnpm shots <pattern...>`: renders chosen stories to PNGs for a look by eye before a change lands.
// The stories render exactly as in the screenshot tests (the Vitest story projects in Chromium), but the images go
// to a folder instead of being compared with the baselines.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { storyNameFromExport, toId } from 'storybook/internal/csf';

const root = resolve(import.meta.dirname, '..');
const usage = `Usage: pnpm shots <story id, glob or word...> [options]

  pnpm shots radiogroup                          every RadioGroup story
  pnpm shots 'patterns-ratingfeedback--*' --themes dark --widths 320 --locales nb,uk

Options:
  --themes <list>    light, dark, high-contrast (default: all three)
  --widths <list>    1280, 320 (default: both)
  --locales <list>   en, nb, nn, sv, fi, uk (default: en; a story that sets its own locale keeps it)
  --forced-colors    also take each story with controls in forced colours
  --out <dir>        where the PNGs go (default: shots/)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    themes: { type: 'string', default: 'light,dark,high-contrast' },
    widths: { type: 'string', default: '1280,320' },
    locales: { type: 'string', default: 'en' },
    'forced-colors': { type: 'boolean', default: false },
    out: { type: 'string', default: 'shots' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length === 0) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}

const list = (value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const themes = list(values.themes);
const widths = list(values.widths).map(Number);
const locales = list(values.locales);
const known = {
  themes: ['light', 'dark', 'high-contrast'],
  widths: [1280, 320],
  locales: ['en', 'nb', 'nn', 'sv', 'fi', 'uk'],
};
for (const [option, given] of Object.entries({ themes, widths, locales })) {
  const unknown = given.filter((item) => !known[option].includes(item));
  if (unknown.length > 0) {
    console.error(`shots: unknown ${option} ${unknown.join(', ')}; choose from ${known[option].join(', ')}.`);
    process.exit(2);
  }
}

/** Every story file with the ids of its stories, as Storybook derives them from the title and export names. */
function storyFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.stories.tsx')) files.push(path);
    }
  };
  for (const dir of ['docs', 'packages']) walk(join(root, dir));
  return files.map((file) => {
    const source = readFileSync(file, 'utf8');
    // The meta's title is the one with a slash ("Patterns/ContactOptions"); a story's args may have titles too.
    const title = /^\s*title: '([^']+\/[^']*)'/m.exec(source)?.[1];
    // A story named in its first property ({ name: 'Error', ... }) runs under that name; its id keeps the export's.
    const exports = [...source.matchAll(/^export const (\w+)(?::\s*\w+)?\s*=\s*(?:\{\s*name:\s*'([^']+)')?/gm)];
    const stories = exports.map(([, exportName, name]) => ({
      name: name ?? storyNameFromExport(exportName),
      id: title ? toId(title, storyNameFromExport(exportName)) : '',
    }));
    return { file: relative(root, file), stories };
  });
}

const patterns = positionals.map((pattern) => {
  const glob = pattern.toLowerCase();
  if (!glob.includes('*')) return (id) => id.includes(glob);
  const regex = new RegExp(
    `^${glob
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return (id) => regex.test(id);
});
const chosen = storyFiles()
  .map(({ file, stories }) => ({ file, stories: stories.filter(({ id }) => patterns.some((matches) => matches(id))) }))
  .filter(({ stories }) => stories.length > 0);
if (chosen.length === 0) {
  console.error(
    `shots: no story id matches ${positionals.join(' ')}. Story ids look like components-radiogroup--with-error.`,
  );
  process.exit(2);
}

const out = resolve(values.out);
const stories = chosen.flatMap(({ file, stories }) => stories.map(({ name }) => ({ file, name })));
console.log(
  `Taking ${stories.length} stories in ${themes.join(', ')} at ${widths.join(' and ')} px in ${locales.join(', ')} into ${relative(root, out) || '.'}/`,
);
let failed = false;
for (const locale of locales) {
  const shots = { dir: out, stories, widths, locale, forcedColors: values['forced-colors'] };
  const projects = themes.flatMap((theme) => ['--project', `stories:${theme}`]);
  const result = spawnSync('pnpm', ['exec', 'vitest', 'run', ...projects, ...chosen.map((entry) => entry.file)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SAMSPILL_SHOTS: JSON.stringify(shots) },
  });
  failed ||= result.status !== 0;
}
console.log(`PNGs are in ${out}/<theme>/<story id>-<width>-<locale>.png`);
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// Builds the token sources into CSS custom properties per theme, a typed module and resolved JSON.
// Usage: node scripts/build.mjs [--src <dir>] [--out <dir>] [--brand <file> [--scope <selector>]]
// A brand file overrides tokens (the brand ramp, the typeface, radii) and every theme is built from it; --scope
// limits its CSS to elements under that selector, so a page can show two brands side by side.
// The output is deterministic: the same sources give byte-identical files.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import StyleDictionary from 'style-dictionary';
import { validateTokenFiles } from './validate.mjs';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { src: { type: 'string' }, out: { type: 'string' }, brand: { type: 'string' }, scope: { type: 'string' } },
});
const srcDir = resolve(args.src ?? join(packageRoot, 'src'));
const outDir = resolve(args.out ?? join(packageRoot, 'dist'));
const brandFile = args.brand ? resolve(args.brand) : undefined;

const THEMES = ['light', 'dark', 'high-contrast'];
const PREFIX = 'samspill';

const jsonFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));

/** The files one theme is built from: every primitive, the shared semantic tokens, the theme's own, and a brand. */
function sourcesFor(theme) {
  const own = [
    ...jsonFiles(join(srcDir, 'primitives')),
    join(srcDir, 'semantic', 'base.json'),
    join(srcDir, 'semantic', `${theme}.json`),
  ];
  return brandFile ? [...own, brandFile] : own;
}

/** Paths of the semantic tier, the public custom properties: a brand may override them, but adds none. */
function tokenPaths(node, path = []) {
  if ('$value' in node) return [path.join('.')];
  return Object.entries(node).flatMap(([key, child]) =>
    key.startsWith('$') || typeof child !== 'object' ? [] : tokenPaths(child, [...path, key]),
  );
}
const semanticPaths = new Set(
  jsonFiles(join(srcDir, 'semantic')).flatMap((file) => tokenPaths(JSON.parse(readFileSync(file, 'utf8')))),
);

async function buildTheme(theme) {
  const sd = new StyleDictionary({
    source: sourcesFor(theme),
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled' },
    platforms: {
      css: {
        prefix: PREFIX,
        // Only transforms that turn DTCG values into CSS; dimensions and durations are already CSS.
        transforms: [
          'attribute/cti',
          'name/kebab',
          'color/css',
          'fontFamily/css',
          'cubicBezier/css',
          'shadow/css/shorthand',
        ],
      },
    },
  });
  const { allTokens } = await sd.getPlatformTokens('css');
  // Only the semantic tier becomes public custom properties; primitives are an implementation detail.
  return allTokens
    .filter((token) => semanticPaths.has(token.path.join('.')))
    .map((token) => ({
      path: token.path.join('.'),
      name: `--${token.name}`,
      value: token.$value,
      description: token.$description,
    }));
}

const declarations = (tokens, indent) => tokens.map((token) => `${indent}${token.name}: ${token.value};`).join('\n');

function nest(tokens, leaf) {
  const root = {};
  for (const token of tokens) {
    const parts = token.path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = node[part] ??= {};
    node[parts.at(-1)] = leaf(token);
  }
  return root;
}

/** A TypeScript type for a nested object whose leaves are strings or numbers (not literal: values change per theme). */
function valueType(node, indent = '') {
  if (typeof node !== 'object') return typeof node === 'number' ? 'number' : 'string';
  const inner = Object.entries(node)
    .map(([key, child]) => `${indent}  readonly ${JSON.stringify(key)}: ${valueType(child, `${indent}  `)};`)
    .join('\n');
  return `{\n${inner}\n${indent}}`;
}

const errors = [];
for (const theme of THEMES) {
  for (const message of validateTokenFiles(sourcesFor(theme), srcDir, brandFile)) {
    if (!errors.includes(message)) errors.push(message);
  }
}
if (errors.length > 0) {
  console.error(`Token build failed with ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${srcDir}:`);
  for (const message of errors) console.error(`  - ${message}`);
  process.exit(1);
}

const built = {};
for (const theme of THEMES) built[theme] = await buildTheme(theme);

const reference = built.light.map((token) => token.path).join('\n');
for (const theme of THEMES) {
  if (built[theme].map((token) => token.path).join('\n') !== reference) {
    const own = new Set(built[theme].map((token) => token.path));
    const missing = built.light.filter((token) => !own.has(token.path)).map((token) => token.path);
    console.error(
      `Token build failed: the ${theme} theme does not define the same semantic tokens as light (missing: ${missing.join(', ') || 'none; check the order'}).`,
    );
    process.exit(1);
  }
}

const themeCss = {
  light: `:root,\n[data-samspill-theme='light'] {\n${declarations(built.light, '  ')}\n}\n`,
  dark: `[data-samspill-theme='dark'] {\n${declarations(built.dark, '  ')}\n}\n`,
  'high-contrast': `[data-samspill-theme='high-contrast'] {\n${declarations(built['high-contrast'], '  ')}\n}\n`,
};
// `auto` starts from light; a dark colour scheme switches it to dark; a request for more contrast wins over both.
const autoCss =
  `[data-samspill-theme='auto'] {\n${declarations(built.light, '  ')}\n}\n` +
  `@media (prefers-color-scheme: dark) {\n  [data-samspill-theme='auto'] {\n${declarations(built.dark, '    ')}\n  }\n}\n` +
  `@media (prefers-contrast: more) {\n  [data-samspill-theme='auto'] {\n${declarations(built['high-contrast'], '    ')}\n  }\n}\n`;
const header = '/* Samspill design tokens. Generated from tokens/src by scripts/build.mjs: do not edit. */\n';

// The one stylesheet a product links: tokens that are the same in every theme once, the base rules of a themed
// element, then each theme's own tokens. Computed values are the same as the per-theme files'; the bytes are about half.
const sharedPaths = new Set(
  built.light
    .filter((token) => THEMES.every((theme) => built[theme].find((t) => t.path === token.path)?.value === token.value))
    .map((t) => t.path),
);
const own = (theme) => built[theme].filter((token) => !sharedPaths.has(token.path));
const baseCss = readFileSync(join(import.meta.dirname, 'base.css'), 'utf8');
const allCss =
  header +
  [
    `:root,\n[data-samspill-theme] {\n${declarations(
      built.light.filter((t) => sharedPaths.has(t.path)),
      '  ',
    )}\n}\n`,
    // A scoped brand only changes tokens; the base rules come with Samspill's own stylesheet.
    ...(args.scope ? [] : [baseCss]),
    `:root,\n[data-samspill-theme='light'],\n[data-samspill-theme='auto'] {\n${declarations(own('light'), '  ')}\n}\n`,
    `[data-samspill-theme='dark'] {\n${declarations(own('dark'), '  ')}\n}\n`,
    `[data-samspill-theme='high-contrast'] {\n${declarations(own('high-contrast'), '  ')}\n}\n`,
    `@media (prefers-color-scheme: dark) {\n  [data-samspill-theme='auto'] {\n${declarations(own('dark'), '    ')}\n  }\n}\n`,
    `@media (prefers-contrast: more) {\n  [data-samspill-theme='auto'] {\n${declarations(own('high-contrast'), '    ')}\n  }\n}\n`,
  ].join('\n');

const flatThemes = Object.fromEntries(
  THEMES.map((theme) => [theme, Object.fromEntries(built[theme].map((t) => [t.path, t.value]))]),
);
const themes = Object.fromEntries(THEMES.map((theme) => [theme, nest(built[theme], (t) => t.value)]));
const tokens = nest(built.light, (t) => `var(${t.name})`);
const paths = built.light.map((t) => t.path);

const files = {
  'css/light.css': header + themeCss.light,
  'css/dark.css': header + themeCss.dark,
  'css/high-contrast.css': header + themeCss['high-contrast'],
  'css/auto.css': header + autoCss,
  'css/samspill.css': allCss,
  'css-text.js': `${header}export const tokensCss = ${JSON.stringify(allCss)};\n`,
  'css-text.d.ts': `/** The text of css/samspill.css, for injecting without a CSS import. */\nexport declare const tokensCss: string;\n`,
  'index.js':
    `${header}export const themeNames = ${JSON.stringify(THEMES)};\n` +
    `export const tokens = ${JSON.stringify(tokens, null, 2)};\n` +
    `export const themes = ${JSON.stringify(themes, null, 2)};\n` +
    `export const flatThemes = ${JSON.stringify(flatThemes, null, 2)};\n`,
  'index.d.ts':
    `${header}export type ThemeName = ${THEMES.map((t) => JSON.stringify(t)).join(' | ')};\n` +
    `export declare const themeNames: readonly [${THEMES.map((t) => JSON.stringify(t)).join(', ')}];\n` +
    `/** The path of every semantic token, e.g. "color.text.default". */\nexport type TokenPath =\n${paths.map((p) => `  | ${JSON.stringify(p)}`).join('\n')};\n` +
    `/** Every semantic token as a \`var(--samspill-...)\` reference, for styles that follow the theme. */\nexport declare const tokens: ${JSON.stringify(tokens, null, 2)};\n` +
    `export type ThemeValues = ${valueType(themes.light)};\n` +
    `/** Resolved values per theme. */\nexport declare const themes: Readonly<Record<ThemeName, ThemeValues>>;\n` +
    `/** Resolved values per theme, keyed by token path. */\nexport declare const flatThemes: Readonly<Record<ThemeName, Readonly<Record<TokenPath, string | number>>>>;\n`,
};
for (const theme of THEMES) {
  files[`json/${theme}.json`] = `${JSON.stringify(themes[theme], null, 2)}\n`;
  files[`json/${theme}.flat.json`] = `${JSON.stringify(flatThemes[theme], null, 2)}\n`;
}

for (const dir of ['css', 'json']) rmSync(join(outDir, dir), { recursive: true, force: true });
// A scoped brand applies where its selector matches: on the themed element itself or on one of its ancestors.
// `:is()` keeps compound selectors whole (`[data-samspill-theme] *` stays a rule for descendants only).
const scoped = (css) =>
  args.scope
    ? css
        .replace(/:root,\n/g, '')
        .replace(/\[data-samspill-theme([^\]]*)\]/g, (theme) => `:is(${args.scope}${theme}, ${args.scope} ${theme})`)
    : css;
for (const [name, content] of Object.entries(files).map(([name, content]) => [
  name,
  name.endsWith('.css') ? scoped(content) : content,
])) {
  mkdirSync(dirname(join(outDir, name)), { recursive: true });
  writeFileSync(join(outDir, name), content);
}
console.log(`Built ${paths.length} semantic tokens in ${THEMES.length} themes (+ auto) into ${outDir}`);

// Every brand file in brands/ is built beside Samspill's own, scoped to `data-samspill-brand`, so a page (and the
// Storybook) can show it next to Samspill, and the contrast checks run on it too.
if (!brandFile && !args.src) {
  const brandsDir = join(packageRoot, 'brands');
  for (const file of jsonFiles(brandsDir)) {
    const name = basename(file, '.json');
    const result = spawnSync(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        '--brand',
        file,
        '--out',
        join(outDir, 'brands', name),
        '--scope',
        `[data-samspill-brand='${name}']`,
      ],
      { stdio: 'inherit' },
    );
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

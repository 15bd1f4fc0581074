#!/usr/bin/env node
// Builds the token sources for the channels beside the web: iOS (Swift), Android (Compose Kotlin and XML
// resources), design tools (resolved DTCG JSON per mode) and email (CSS with literal values), in every theme.
// Usage: node scripts/platforms.mjs [--src <dir>] [--out <dir>] [--brand <file>]
// Run after scripts/build.mjs, which checks the sources; the output is deterministic.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import StyleDictionary from 'style-dictionary';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { src: { type: 'string' }, out: { type: 'string' }, brand: { type: 'string' } },
});
const srcDir = resolve(args.src ?? join(packageRoot, 'src'));
const outDir = resolve(args.out ?? join(packageRoot, 'dist'));

const THEMES = ['light', 'dark', 'high-contrast'];
const HEADER = 'Samspill design tokens. Generated from tokens/src by scripts/platforms.mjs: do not edit.';
const REM = 16;

const jsonFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));

function tokenPaths(node, path = []) {
  if ('$value' in node) return [path.join('.')];
  return Object.entries(node).flatMap(([key, child]) =>
    key.startsWith('$') || typeof child !== 'object' ? [] : tokenPaths(child, [...path, key]),
  );
}
// Only the semantic tier is public, as in the CSS; primitives stay an implementation detail.
const semanticPaths = new Set(
  jsonFiles(join(srcDir, 'semantic')).flatMap((file) => tokenPaths(JSON.parse(readFileSync(file, 'utf8')))),
);

// Native platforms measure in points (iOS) and density-independent pixels (Android): 1rem is 16 of either.
StyleDictionary.registerTransform({
  name: 'samspill/dimension/pixels',
  type: 'value',
  filter: (token) => token.$type === 'dimension',
  transform: (token) => {
    const [, number, unit] = /^(-?\d+(?:\.\d+)?)(px|rem)$/.exec(token.$value) ?? [];
    if (!unit)
      throw new Error(`Token "${token.path.join('.')}" has the dimension "${token.$value}"; platforms need px or rem.`);
    return Number(number) * (unit === 'rem' ? REM : 1);
  },
});

const PLATFORMS = {
  raw: { transforms: [] },
  css: { transforms: ['color/css', 'fontFamily/css', 'samspill/dimension/pixels'] },
  swift: { transforms: ['color/UIColorSwift', 'samspill/dimension/pixels'] },
  compose: { transforms: ['color/composeColor', 'samspill/dimension/pixels'] },
  android: { transforms: ['color/hex8android', 'samspill/dimension/pixels'] },
};

/** Every semantic token of one theme, as each platform's transforms leave it. */
async function buildTheme(theme) {
  const own = [
    ...jsonFiles(join(srcDir, 'primitives')),
    join(srcDir, 'semantic', 'base.json'),
    join(srcDir, 'semantic', `${theme}.json`),
  ];
  const sd = new StyleDictionary({
    source: args.brand ? [...own, resolve(args.brand)] : own,
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled' },
    platforms: PLATFORMS,
  });
  const platforms = {};
  for (const platform of Object.keys(PLATFORMS)) {
    const { allTokens } = await sd.getPlatformTokens(platform);
    platforms[platform] = allTokens.filter((token) => semanticPaths.has(token.path.join('.')));
  }
  return platforms;
}

const built = {};
for (const theme of THEMES) built[theme] = await buildTheme(theme);

const camel = (parts) =>
  parts
    .flatMap((part) => part.split('-'))
    .map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1)))
    .join('');
const snake = (parts) => parts.join('_').replace(/-/g, '_');
const byType = (tokens, type) => tokens.filter((token) => token.$type === type);
/** Colours change per theme; the other native values (sizes) are the same in every theme. */
const colors = (theme, platform) => byType(built[theme][platform], 'color');
// Breakpoints are for web media queries only.
const dimensions = (platform) =>
  byType(built.light[platform], 'dimension').filter((token) => token.path[0] !== 'breakpoint');
const number = (value) => String(Number(value.toFixed(3)));

function swift() {
  const [light, dark, contrast] = THEMES.map((theme) => colors(theme, 'swift'));
  const colorLines = light.map(
    (token, index) =>
      `    /// ${token.path.join('.')}${token.$description ? `: ${token.$description}` : ''}\n` +
      `    public static let ${camel(token.path.slice(1))} = dynamic(\n` +
      `        light: ${token.$value},\n        dark: ${dark[index].$value},\n        highContrast: ${contrast[index].$value}\n    )`,
  );
  const sizeLines = dimensions('swift').map(
    (token) => `    public static let ${camel(token.path)}: CGFloat = ${number(token.$value)}`,
  );
  return [
    `// ${HEADER}`,
    'import UIKit',
    '',
    '/// Samspill colours. Each follows the system: light, dark, and the high-contrast theme when Increase Contrast is on.',
    '/// In SwiftUI use `Color(uiColor: SamspillColor.textDefault)`.',
    'public enum SamspillColor {',
    colorLines.join('\n\n'),
    '',
    '    private static func dynamic(light: UIColor, dark: UIColor, highContrast: UIColor) -> UIColor {',
    '        UIColor { traits in',
    '            if traits.accessibilityContrast == .high { return highContrast }',
    '            return traits.userInterfaceStyle == .dark ? dark : light',
    '        }',
    '    }',
    '}',
    '',
    '/// Samspill sizes in points (1rem is 16 pt); the same in every theme.',
    'public enum SamspillSize {',
    ...sizeLines,
    '}',
    '',
  ].join('\n');
}

function kotlin() {
  const properties = colors('light', 'compose').map((token) => `    val ${camel(token.path.slice(1))}: Color,`);
  const themeValue = (theme) =>
    colors(theme, 'compose').map((token) => `    ${camel(token.path.slice(1))} = ${token.$value},`);
  const objectName = (theme) =>
    `Samspill${theme
      .split('-')
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join('')}Colors`;
  // Font sizes scale with the reader's text size setting (sp); every other size is dp.
  const sizeLines = dimensions('compose').map(
    (token) =>
      `    val ${camel(token.path)} = ${number(token.$value)}.${token.path[1] === 'size' && token.path[0] === 'font' ? 'sp' : 'dp'}`,
  );
  return [
    `// ${HEADER}`,
    'package samspill.tokens',
    '',
    'import androidx.compose.runtime.Immutable',
    'import androidx.compose.ui.graphics.Color',
    'import androidx.compose.ui.unit.dp',
    'import androidx.compose.ui.unit.sp',
    '',
    '/** The colours of one Samspill theme: pick SamspillLightColors, SamspillDarkColors or SamspillHighContrastColors. */',
    '@Immutable',
    'data class SamspillColors(',
    ...properties,
    ')',
    ...THEMES.flatMap((theme) => ['', `val ${objectName(theme)} = SamspillColors(`, ...themeValue(theme), ')']),
    '',
    '/** Samspill sizes (1rem is 16 dp; font sizes in sp), the same in every theme. */',
    'object SamspillSizes {',
    ...sizeLines,
    '}',
    '',
  ].join('\n');
}

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/--/g, '- -');
const resources = (comment, lines) =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- ${escapeXml(HEADER)} -->`,
    `<!-- ${escapeXml(comment)} -->`,
    '<resources>',
    ...lines,
    '</resources>',
    '',
  ].join('\n');
const colorResources = (theme, prefix) =>
  colors(theme, 'android').map((token) => `    <color name="${prefix}${snake(token.path)}">${token.$value}</color>`);
const dimenResources = () =>
  dimensions('android').map(
    (token) =>
      `    <dimen name="samspill_${snake(token.path)}">${number(token.$value)}${token.path[0] === 'font' && token.path[1] === 'size' ? 'sp' : 'dp'}</dimen>`,
  );

/** The resolved tokens of one mode in DTCG form, so a design tool imports literal values, no references. */
function designTokens(theme) {
  const root = { $description: `Samspill, ${theme} mode: every semantic token with its resolved value.` };
  for (const token of built[theme].raw) {
    let node = root;
    for (const part of token.path.slice(0, -1)) node = node[part] ??= {};
    node[token.path.at(-1)] = {
      $type: token.$type,
      $value: token.$value,
      ...(token.$description ? { $description: token.$description } : {}),
    };
  }
  return `${JSON.stringify(root, null, 2)}\n`;
}

// Email clients ignore custom properties and often strip <style>, so every rule holds literal values and can be
// inlined; the dark and high-contrast blocks use !important to win over the inlined light values where supported.
const EMAIL_RULES = [
  [
    '.samspill-body',
    {
      'background-color': 'color.surface.default',
      color: 'color.text.default',
      'font-family': 'font.family.body',
      'font-size': 'font.size.md',
      'line-height': 'font.line-height.normal',
    },
  ],
  [
    '.samspill-heading',
    {
      color: 'color.text.default',
      'font-family': 'font.family.heading',
      'font-size': 'font.size.2xl',
      'font-weight': 'font.weight.bold',
      'line-height': 'font.line-height.tight',
    },
  ],
  ['.samspill-text-subtle', { color: 'color.text.subtle', 'font-size': 'font.size.sm' }],
  ['.samspill-link', { color: 'color.text.link', 'text-decoration': 'underline' }],
  [
    '.samspill-button',
    {
      'background-color': 'color.action.primary.background',
      color: 'color.action.primary.text',
      'font-family': 'font.family.body',
      'font-size': 'font.size.md',
      'font-weight': 'font.weight.semibold',
      'border-radius': 'radius.md',
      padding: ['space.3', 'space.5'],
      display: 'inline-block',
      'text-decoration': 'none',
    },
  ],
  [
    '.samspill-card',
    {
      'background-color': 'color.surface.raised',
      border: ['border.width.thin', 'solid', 'color.border.default'],
      'border-radius': 'radius.lg',
      padding: 'space.6',
    },
  ],
  ['.samspill-divider', { border: '0', 'border-top': ['border.width.thin', 'solid', 'color.border.default'] }],
  ...['info', 'success', 'warning', 'danger'].map((tone) => [
    `.samspill-notice-${tone}`,
    {
      'background-color': `color.feedback.${tone}.surface`,
      color: `color.feedback.${tone}.text`,
      'border-left': ['border.width.accent', 'solid', `color.feedback.${tone}.border`],
      padding: 'space.4',
    },
  ]),
];

function email(theme, { onlyColors = false, important = false, indent = '' } = {}) {
  const values = Object.fromEntries(built[theme].css.map((token) => [token.path.join('.'), token]));
  const isPath = (part) => /^[a-z-]+\.[\w.-]+$/.test(part);
  const literal = (part) => {
    const token = values[part];
    if (!token) return part;
    return token.$type === 'dimension'
      ? token.$value === 0
        ? '0'
        : `${number(token.$value)}px`
      : String(token.$value);
  };
  const usesColor = (value) => [value].flat().some((part) => values[part]?.$type === 'color');
  // A token set without a path the rule needs (a small fixture) leaves that declaration out.
  const complete = (value) => [value].flat().every((part) => !isPath(part) || part in values);
  return EMAIL_RULES.map(([selector, declarations]) => {
    const kept = Object.entries(declarations).filter(
      ([, value]) => complete(value) && (!onlyColors || usesColor(value)),
    );
    const lines = kept.map(
      ([property, value]) =>
        `${indent}  ${property}: ${[value].flat().map(literal).join(' ')}${important ? ' !important' : ''};`,
    );
    return !kept.some(([, value]) => [value].flat().some(isPath))
      ? ''
      : `${indent}${selector} {\n${lines.join('\n')}\n${indent}}\n`;
  })
    .filter(Boolean)
    .join('');
}

const emailAll =
  `/* ${HEADER} */\n/* Light first; dark and high contrast follow the reader's settings where the email client supports it. */\n` +
  email('light') +
  `@media (prefers-color-scheme: dark) {\n${email('dark', { onlyColors: true, important: true, indent: '  ' })}}\n` +
  `@media (prefers-contrast: more) {\n${email('high-contrast', { onlyColors: true, important: true, indent: '  ' })}}\n`;

const files = {
  'ios/SamspillTokens.swift': swift(),
  'android/compose/SamspillTokens.kt': kotlin(),
  'android/res/values/samspill_colors.xml': resources(
    'Light colours; values-night holds the dark ones under the same names.',
    colorResources('light', 'samspill_'),
  ),
  'android/res/values-night/samspill_colors.xml': resources(
    'Dark colours, chosen by Android in night mode.',
    colorResources('dark', 'samspill_'),
  ),
  'android/res/values/samspill_colors_high_contrast.xml': resources(
    'High-contrast colours (Android has no resource qualifier for contrast): use these when UiModeManager.getContrast() is high.',
    colorResources('high-contrast', 'samspill_hc_'),
  ),
  'android/res/values/samspill_dimens.xml': resources('Sizes: 1rem is 16dp; font sizes in sp.', dimenResources()),
  'email/samspill-email.css': emailAll,
};
for (const theme of THEMES) {
  files[`design-tool/${theme}.tokens.json`] = designTokens(theme);
  files[`email/${theme}.css`] = `/* ${HEADER} */\n${email(theme)}`;
}

for (const dir of ['ios', 'android', 'design-tool', 'email'])
  rmSync(join(outDir, dir), { recursive: true, force: true });
for (const [name, content] of Object.entries(files)) {
  mkdirSync(dirname(join(outDir, name)), { recursive: true });
  writeFileSync(join(outDir, name), content);
}
console.log(`Built iOS, Android, design-tool and email tokens in ${THEMES.length} themes into ${outDir}`);

// Each brand gets the same outputs beside its CSS, as scripts/build.mjs does for the web.
if (!args.brand && !args.src) {
  for (const file of jsonFiles(join(packageRoot, 'brands'))) {
    const result = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--brand', file, '--out', join(outDir, 'brands', basename(file, '.json'))],
      { stdio: 'inherit' },
    );
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

// The token outputs for iOS, Android, design tools and email: built from the same sources as the CSS, small golden
// files for a fixture, and a structural check of the real outputs (no Swift or Kotlin compiler on these machines).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const packageRoot = join(import.meta.dirname, '..');
const dist = join(packageRoot, 'dist');
const goldenDir = join(import.meta.dirname, 'golden', 'channels');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const OUTPUTS = [
  'ios/SamspillTokens.swift',
  'android/compose/SamspillTokens.kt',
  'android/res/values/samspill_colors.xml',
  'android/res/values-night/samspill_colors.xml',
  'android/res/values/samspill_colors_high_contrast.xml',
  'android/res/values/samspill_dimens.xml',
  'design-tool/light.tokens.json',
  'design-tool/dark.tokens.json',
  'design-tool/high-contrast.tokens.json',
  'email/samspill-email.css',
  'email/light.css',
  'email/dark.css',
  'email/high-contrast.css',
];

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const flat = (theme: string, dir = dist) =>
  JSON.parse(read(dir, `json/${theme}.flat.json`)) as Record<string, string | number>;

/** Brackets, braces and parentheses close in order, outside strings and comments: the shape a compiler sees first. */
function unbalanced(source: string): string | undefined {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (source.startsWith('//', i)) i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (source.startsWith('/*', i)) i = source.indexOf('*/', i) + 1;
    else if (char === '"' || char === "'") {
      const end = source.indexOf(char, i + 1);
      if (end === -1) return `an unclosed string at ${i}`;
      i = end;
    } else if ('([{'.includes(char)) stack.push(char);
    else if (char in pairs && stack.pop() !== pairs[char]) return `"${char}" closes nothing at ${i}`;
  }
  return stack.length > 0 ? `${stack.length} unclosed "${stack.join('')}"` : undefined;
}

/** A small XML reader: the elements of a well-formed document with their attributes and text, or an error. */
function parseXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: (typeof elements)[number][] = [];
  let i = 0;
  const nameEnd = (from: number) => {
    let end = from;
    while (end < xml.length && !' \t\n\r/>='.includes(xml[end]!)) end += 1;
    return end;
  };
  while (i < xml.length) {
    if (xml[i] !== '<') {
      const end = xml.indexOf('<', i) === -1 ? xml.length : xml.indexOf('<', i);
      const text = xml.slice(i, end);
      if (text.trim() !== '' && open.length === 0) throw new Error(`Text outside the root element: "${text.trim()}"`);
      if (text.includes('&') && !/^[^&]*(&(amp|lt|gt|quot|apos);[^&]*)*$/.test(text))
        throw new Error(`A bare & in "${text}"`);
      if (open.length > 0) open.at(-1)!.text += text;
      i = end;
    } else if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2;
    else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end === -1 || xml.slice(i + 4, end).includes('--')) throw new Error(`A broken comment at ${i}`);
      i = end + 3;
    } else if (xml[i + 1] === '/') {
      const end = nameEnd(i + 2);
      const name = xml.slice(i + 2, end);
      if (open.pop()?.name !== name) throw new Error(`</${name}> closes nothing open`);
      i = xml.indexOf('>', end) + 1;
    } else {
      const end = nameEnd(i + 1);
      const element = { name: xml.slice(i + 1, end), attributes: {} as Record<string, string>, text: '' };
      let j = end;
      for (;;) {
        while (' \t\n\r'.includes(xml[j]!)) j += 1;
        if (xml[j] === '>' || xml.startsWith('/>', j)) break;
        const attributeEnd = nameEnd(j);
        const quote = xml[attributeEnd + 1];
        if (xml[attributeEnd] !== '=' || (quote !== '"' && quote !== "'"))
          throw new Error(`An unquoted attribute in <${element.name}>`);
        const valueEnd = xml.indexOf(quote, attributeEnd + 2);
        element.attributes[xml.slice(j, attributeEnd)] = xml.slice(attributeEnd + 2, valueEnd);
        j = valueEnd + 1;
      }
      elements.push(element);
      if (xml[j] === '>') open.push(element);
      i = j + (xml[j] === '>' ? 1 : 2);
    }
  }
  if (open.length > 0) throw new Error(`<${open.map((element) => element.name).join('>, <')}> never closed`);
  return elements;
}

/** The resources of an Android values file, by name. */
function resources(file: string, dir = dist): Map<string, string> {
  const elements = parseXml(read(dir, file));
  expect(elements[0]?.name).toBe('resources');
  return new Map(elements.slice(1).map((element) => [element.attributes.name!, element.text]));
}

const hex8 = (css: string | number) => `#ff${String(css).slice(1)}`;

describe('token outputs for other channels', () => {
  it('match the golden files when built from a small fixture', () => {
    const out = mkdtempSync(join(tmpdir(), 'samspill-platforms-'));
    temporary.push(out);
    const result = spawnSync(
      process.execPath,
      [
        join(packageRoot, 'scripts/platforms.mjs'),
        '--src',
        join(import.meta.dirname, 'fixtures', 'channels'),
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    if (process.env.UPDATE_GOLDEN) {
      for (const file of filesIn(out)) {
        mkdirSync(dirname(join(goldenDir, file)), { recursive: true });
        writeFileSync(join(goldenDir, file), read(out, file));
      }
    }
    expect(filesIn(out)).toEqual([...OUTPUTS].sort());
    for (const file of OUTPUTS) expect(read(out, file), file).toBe(read(goldenDir, file));
  });

  it('give iOS one dynamic colour per token with its light, dark and high-contrast values', () => {
    const swift = read(dist, 'ios/SamspillTokens.swift');
    expect(unbalanced(swift)).toBeUndefined();
    const textDefault =
      /public static let textDefault = dynamic\(\n\s+light: (.+),\n\s+dark: (.+),\n\s+highContrast: (.+)\n/.exec(swift);
    expect(textDefault).not.toBeNull();
    // #1b1f24 in light, #eef0f3 in dark, #000000 in high contrast: 0x1b / 255 is 0.106.
    expect(textDefault!.slice(1)).toEqual([
      'UIColor(red: 0.106, green: 0.122, blue: 0.141, alpha: 1)',
      'UIColor(red: 0.933, green: 0.941, blue: 0.953, alpha: 1)',
      'UIColor(red: 0.000, green: 0.000, blue: 0.000, alpha: 1)',
    ]);
    const colours = Object.keys(flat('light')).filter((path) => path.startsWith('color.')).length;
    expect(swift.match(/= dynamic\(/g)).toHaveLength(colours);
    expect(swift).toContain('traits.accessibilityContrast == .high');
    expect(swift).toContain('public static let space4: CGFloat = 16');
  });

  it('give Compose a colour set per theme with the same properties, and sizes in dp and sp', () => {
    const kotlin = read(dist, 'android/compose/SamspillTokens.kt');
    expect(unbalanced(kotlin)).toBeUndefined();
    const properties = [
      ...(/data class SamspillColors\(([\s\S]*?)\n\)/.exec(kotlin)?.[1] ?? '').matchAll(/val (\w+): Color/g),
    ].map((m) => m[1]);
    expect(properties.length).toBeGreaterThan(40);
    for (const [name, theme] of [
      ['SamspillLightColors', 'light'],
      ['SamspillDarkColors', 'dark'],
      ['SamspillHighContrastColors', 'high-contrast'],
    ] as const) {
      const body = new RegExp(`val ${name} = SamspillColors\\(([\\s\\S]*?)\\n\\)`).exec(kotlin)?.[1] ?? '';
      expect(
        [...body.matchAll(/(\w+) = Color\(0x[0-9a-f]{8}\)/g)].map((m) => m[1]),
        name,
      ).toEqual(properties);
      expect(body).toContain(`textDefault = Color(0x${hex8(flat(theme)['color.text.default']!).slice(1)})`);
    }
    expect(kotlin).toContain('val fontSizeMd = 16.sp');
    expect(kotlin).toContain('val space4 = 16.dp');
  });

  it('give Android resources: light in values, dark in values-night under the same names, and a high-contrast set', () => {
    const light = resources('android/res/values/samspill_colors.xml');
    const dark = resources('android/res/values-night/samspill_colors.xml');
    const contrast = resources('android/res/values/samspill_colors_high_contrast.xml');
    expect([...dark.keys()]).toEqual([...light.keys()]);
    expect([...contrast.keys()]).toEqual([...light.keys()].map((name) => name.replace(/^samspill_/, 'samspill_hc_')));
    expect(light.get('samspill_color_text_default')).toBe(hex8(flat('light')['color.text.default']!));
    expect(dark.get('samspill_color_text_default')).toBe(hex8(flat('dark')['color.text.default']!));
    expect(contrast.get('samspill_hc_color_text_default')).toBe(hex8(flat('high-contrast')['color.text.default']!));
    for (const value of [...light.values(), ...dark.values(), ...contrast.values()])
      expect(value).toMatch(/^#[0-9a-f]{8}$/);
    const dimens = resources('android/res/values/samspill_dimens.xml');
    expect(dimens.get('samspill_font_size_md')).toBe('16sp');
    expect(dimens.get('samspill_radius_md')).toBe('4dp');
  });

  it('give design tools one resolved DTCG file per mode, without references', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      const text = read(dist, `design-tool/${theme}.tokens.json`);
      expect(text).not.toContain('{color.');
      const tokens = JSON.parse(text) as Record<string, unknown>;
      const leaves: [string, { $type: string; $value: unknown }][] = [];
      const walk = (node: Record<string, unknown>, path: string[]) => {
        if ('$value' in node) leaves.push([path.join('.'), node as { $type: string; $value: unknown }]);
        else
          for (const [key, child] of Object.entries(node))
            if (!key.startsWith('$')) walk(child as Record<string, unknown>, [...path, key]);
      };
      walk(tokens, []);
      expect(leaves.map(([path]) => path).sort()).toEqual(Object.keys(flat(theme)).sort());
      for (const [, leaf] of leaves) expect(leaf.$type).toBeTruthy();
      expect(Object.fromEntries(leaves)['color.action.primary.background']!.$value).toBe(
        flat(theme)['color.action.primary.background'],
      );
    }
  });

  it('give email literal values, light first, with dark and high-contrast blocks that win over inlined styles', () => {
    const css = read(dist, 'email/samspill-email.css');
    expect(unbalanced(css)).toBeUndefined();
    expect(css).not.toMatch(/var\(|--samspill|rem;/);
    const [light, dark, contrast] = css.split(
      /@media \(prefers-color-scheme: dark\)|@media \(prefers-contrast: more\)/,
    );
    expect(contrast).toBeDefined();
    const bodyColor = (block: string) => /\.samspill-body \{[^}]*?\n\s+color: ([^;]+);/.exec(block)?.[1];
    expect(bodyColor(light!)).toBe(flat('light')['color.text.default']);
    expect(bodyColor(dark!)).toBe(`${flat('dark')['color.text.default']} !important`);
    expect(bodyColor(contrast!)).toBe(`${flat('high-contrast')['color.text.default']} !important`);
    expect(light).toContain('padding: 12px 20px;');
    for (const theme of ['light', 'dark', 'high-contrast']) {
      expect(bodyColor(read(dist, `email/${theme}.css`)), theme).toBe(flat(theme)['color.text.default']);
    }
  });

  it("are built for each brand with the brand's own colours", () => {
    const brand = join(dist, 'brands', 'nordlys');
    expect(filesIn(brand)).toEqual(expect.arrayContaining(OUTPUTS));
    const link = flat('light', brand)['color.text.link']!;
    expect(link).not.toBe(flat('light')['color.text.link']);
    expect(resources('android/res/values/samspill_colors.xml', brand).get('samspill_color_text_link')).toBe(hex8(link));
    expect(read(brand, 'email/light.css')).toContain(`color: ${link};`);
  });
});

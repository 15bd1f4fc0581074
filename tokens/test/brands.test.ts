// A company's brand in one file: every theme is built from it, and its colour pairs meet the same contrast as
// Samspill's own, or the build's checks name the pairs that fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pairs from '../contrast-pairs.json';
import { themeNames } from '../dist/index.js';
import { checkContrast, type ContrastPair } from '../src/lib/contrast.js';

const packageRoot = join(import.meta.dirname, '..');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildBrand(file: string) {
  const out = mkdtempSync(join(tmpdir(), 'samspill-brand-'));
  temporary.push(out);
  const result = spawnSync(process.execPath, [join(packageRoot, 'scripts/build.mjs'), '--brand', file, '--out', out], {
    encoding: 'utf8',
  });
  return { out, status: result.status, stderr: result.stderr };
}

const themeValues = (out: string, theme: string) =>
  JSON.parse(readFileSync(join(out, 'json', `${theme}.flat.json`), 'utf8')) as Record<string, string>;
const failures = (values: Record<string, string>, theme: string) =>
  checkContrast(values, pairs as ContrastPair[], theme)
    .filter((result) => !result.pass)
    .map((r) => `${r.foreground} on ${r.background}`);

const brands = readdirSync(join(packageRoot, 'brands')).filter((name) => name.endsWith('.json'));

describe.each(brands)('the brand %s', (file) => {
  const name = basename(file, '.json');
  const out = join(packageRoot, 'dist', 'brands', name);

  it.each(themeNames)('meets WCAG contrast in the %s theme', (theme) => {
    expect(failures(themeValues(out, theme), theme)).toEqual([]);
  });

  it('changes the accent, the typeface and the corners of every theme, and only inside its scope', () => {
    const light = themeValues(out, 'light');
    const samspill = JSON.parse(readFileSync(join(packageRoot, 'dist', 'json', 'light.flat.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(light['color.action.primary.background']).not.toBe(samspill['color.action.primary.background']);
    expect(light['font.family.body']).not.toBe(samspill['font.family.body']);
    expect(light['radius.md']).not.toBe(samspill['radius.md']);
    const css = readFileSync(join(out, 'css', 'dark.css'), 'utf8');
    expect(css).toContain(`[data-samspill-brand='${name}'][data-samspill-theme='dark']`);
    expect(css).not.toMatch(/^:root/m);
    // Every selector of its full stylesheet, base rules for descendants included, stays inside the brand's scope.
    const all = readFileSync(join(out, 'css', 'samspill.css'), 'utf8');
    expect(all.match(/(?<!:is\([^)]*)\[data-samspill-theme/g)).toBeNull();
  });
});

describe('a brand file', () => {
  it('whose ramp is too pale builds, and the contrast check names the pairs it fails in each theme', () => {
    const { out, status } = buildBrand(join(packageRoot, 'test/fixtures/brands/pale.json'));
    expect(status).toBe(0);
    expect(failures(themeValues(out, 'light'), 'light')).toEqual(
      expect.arrayContaining([
        'color.action.primary.text on color.action.primary.background',
        'color.text.link on color.surface.default',
      ]),
    );
    expect(failures(themeValues(out, 'dark'), 'dark')).toContain('color.text.link on color.surface.default');
  });

  it('that leaves out stops of the ramp or names a token Samspill lacks is refused with both named', () => {
    const { out, status, stderr } = buildBrand(join(packageRoot, 'test/fixtures/brands/incomplete.json'));
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /must give every stop of the brand ramp; it lacks color\.palette\.brand\.50, .*color\.palette\.brand\.hc-surface/,
    );
    expect(stderr).toMatch(
      /Token "radius\.medium" in .*incomplete\.json is not a Samspill token, so a brand cannot set it/,
    );
    expect(existsSync(join(out, 'css'))).toBe(false);
  });
});

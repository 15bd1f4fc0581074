import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as BuiltTokens from '../dist/index.js';

const packageRoot = join(import.meta.dirname, '..');
const buildScript = join(packageRoot, 'scripts', 'build.mjs');
const temporary: string[] = [];

function build(args: string[] = []) {
  const out = mkdtempSync(join(tmpdir(), 'samspill-tokens-'));
  temporary.push(out);
  const result = spawnSync(process.execPath, [buildScript, '--out', out, ...args], { encoding: 'utf8' });
  return { out, status: result.status, stderr: result.stderr };
}

function filesIn(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('token build', () => {
  it('gives byte-identical output when run twice', () => {
    const first = build();
    const second = build();
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    const a = filesIn(first.out);
    const b = filesIn(second.out);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBeGreaterThanOrEqual(10);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
  });

  it('writes custom properties per theme and an auto theme that follows the system settings', () => {
    const { out } = build();
    const css = readFileSync(join(out, 'css', 'samspill.css'), 'utf8');
    for (const selector of [
      ":root,\n[data-samspill-theme='light']",
      "[data-samspill-theme='dark']",
      "[data-samspill-theme='high-contrast']",
      "[data-samspill-theme='auto']",
    ]) {
      expect(css).toContain(selector);
    }
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
    // More contrast is declared last, so it wins when both preferences are set.
    expect(css.lastIndexOf('prefers-contrast: more')).toBeGreaterThan(css.lastIndexOf('prefers-color-scheme: dark'));
    expect(css).toContain('--samspill-color-text-default:');
    expect(css).not.toContain('--samspill-color-palette-');
  });

  it('builds a fixture with valid sources', () => {
    expect(build(['--src', join(import.meta.dirname, 'fixtures', 'valid')]).status).toBe(0);
  });

  it.each([
    [
      'broken-reference',
      /Token "color\.text\.default" in semantic\/dark\.json references "\{color\.palette\.inkk\}", which does not exist/,
    ],
    [
      'cycle',
      /Token "color\.text\.(default|muted)" in semantic\/light\.json is part of a reference cycle: color\.text\.\w+ -> color\.text\.\w+ -> color\.text\.\w+/,
    ],
    ['missing-type', /Token "space\.1" in semantic\/base\.json has no "\$type"/],
    [
      'wrong-type',
      /Token "space\.1" in semantic\/base\.json has the \$type "dimension" but its value "four pixels" is not a dimension/,
    ],
  ])('stops on a %s with a message naming the token and the file', (fixture, message) => {
    const result = build(['--src', join(import.meta.dirname, 'fixtures', fixture)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(result.out)).toEqual([]);
  });
});

describe('built module', () => {
  it('defines the same semantic tokens in every theme', async () => {
    const { out } = build();
    const { flatThemes, themeNames } = (await import(pathToFileURL(join(out, 'index.js')).href)) as typeof BuiltTokens;
    const light = Object.keys(flatThemes.light).sort();
    for (const theme of themeNames) expect(Object.keys(flatThemes[theme]).sort()).toEqual(light);
  });
});

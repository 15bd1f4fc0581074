// Every package is a real package: what its manifest promises is in the tarball a team installs.
// Runs after `pnpm build` (the test command builds first).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// The workspace's own list, so a package is checked as soon as it joins the workspace.
const packageDirs = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')
  .split('\n')
  .map((line) => /^\s+-\s+([\w./-]+)\s*$/.exec(line)?.[1])
  .filter((dir): dir is string => dir !== undefined && existsSync(join(root, dir, 'package.json')));

interface Manifest {
  name: string;
  type?: string;
  sideEffects?: boolean | string[];
  types?: string;
  files?: string[];
  exports: Record<string, string | Record<string, string>>;
}

/** The files `npm pack` would put in the tarball, relative to the package. */
function packedFiles(dir: string): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: join(root, dir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(output) as [{ files: { path: string }[] }])[0].files.map((file) => file.path);
}

describe.each(packageDirs)('%s', (dir) => {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;
  const files = packedFiles(dir);

  it('is ESM with types, a files list and a declared sideEffects field', () => {
    expect(manifest.type).toBe('module');
    expect(manifest.types).toMatch(/\.d\.ts$/);
    expect(manifest.files).toContain('dist');
    expect(manifest).toHaveProperty('sideEffects');
  });

  it('packs every file its exports map points to, and no tests or stories', () => {
    const targets = Object.values(manifest.exports).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.entries(entry).filter(([condition]) => condition !== 'samspill-source').map(([, target]) => target),
    );
    const missing = targets
      .filter((target) => !target.includes('*'))
      .map((target) => target.replace(/^\.\//, ''))
      .filter((target) => !files.includes(target));
    expect(missing).toEqual([]);
    expect(files).toContain(manifest.types!.replace(/^\.\//, ''));
    expect(files.filter((file) => /\.(test|stories)\.tsx?$|\.bench\.ts$/.test(file))).toEqual([]);
  });

  it('can be imported from its built entry point', async () => {
    const entry = manifest.exports['.'];
    const target = typeof entry === 'string' ? entry : entry!.default!;
    const module = (await import(pathToFileURL(join(root, dir, target)).href)) as Record<string, unknown>;
    expect(Object.keys(module).length).toBeGreaterThan(0);
  }, 30_000);
});

// Every package is a real package: what its manifest promises is in the tarball a team installs.
// Runs after `pnpm build` (the test command builds first).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
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
  license?: string;
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  type?: string;
  sideEffects?: boolean | string[];
  types?: string;
  files?: string[];
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const license = readFileSync(join(root, 'LICENSE'), 'utf8');
// Packages whose React context must be one copy in an app: a second copy would hide the provider from components.
const contextOwners = ['@samspill/react'];

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

  it('ships the MIT licence its manifest names, and says where its source and issues are', () => {
    expect(license).toMatch(/^MIT License\n/);
    expect(manifest.license).toBe('MIT');
    expect(files).toContain('LICENSE');
    expect(manifest.files).toContain('LICENSE');
    expect(readFileSync(join(root, dir, 'LICENSE'), 'utf8')).toBe(license);
    const repositoryUrl = rootManifest.repository!.url!;
    expect(manifest.repository).toEqual({ type: 'git', url: repositoryUrl, directory: dir });
    const web = repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(manifest.homepage).toBe(`${web}/tree/main/${dir}#readme`);
    expect(manifest.bugs).toEqual({ url: `${web}/issues` });
  });

  it('takes a package that owns React context as a peer, so an app holds one copy of it', () => {
    for (const owner of contextOwners) {
      expect(manifest.dependencies ?? {}, `${manifest.name} must list ${owner} under peerDependencies, not dependencies`).not.toHaveProperty(owner);
      if (manifest.peerDependencies?.[owner]) expect(manifest.devDependencies, `${manifest.name} builds against ${owner}`).toHaveProperty(owner);
    }
  });

  it('points its source maps only at files it ships', () => {
    const broken: string[] = [];
    for (const file of files.filter((name) => /\.(js|d\.ts)$/.test(name))) {
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, dir, file), 'utf8'))?.[1];
      if (url && !files.includes(posix.join(posix.dirname(file), url))) broken.push(`${file} -> ${url}`);
    }
    for (const file of files.filter((name) => name.endsWith('.map'))) {
      const { sources } = JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as { sources: string[] };
      for (const source of sources) if (!files.includes(posix.join(posix.dirname(file), source))) broken.push(`${file} -> ${source}`);
    }
    expect(broken).toEqual([]);
  });

  it('can be imported from its built entry point', async () => {
    const entry = manifest.exports['.'];
    const target = typeof entry === 'string' ? entry : entry!.default!;
    const module = (await import(pathToFileURL(join(root, dir, target)).href)) as Record<string, unknown>;
    expect(Object.keys(module).length).toBeGreaterThan(0);
  }, 30_000);
});

it('the workspace root carries the licence and the repository its packages name', () => {
  expect(rootManifest.license).toBe('MIT');
  expect(rootManifest.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
  expect(license).toContain('Permission is hereby granted, free of charge');
});

// Every package is a real package: what its manifest promises is in the tarball a team installs.
// Runs after `pnpm build` (the test command builds first).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
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

const manifests = new Map(
  packageDirs.map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;
    return [manifest.name, manifest];
  }),
);

/** The fenced code blocks of a README, with their language. */
function codeBlocks(readme: string): { language: string; code: string }[] {
  return [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map(([, language, code]) => ({
    language: language!,
    code: code!,
  }));
}

/** The packages a README's install commands add (`npm install`, `pnpm add`, `yarn add`), without versions or flags. */
function installedPackages(readme: string): Set<string> {
  const lines = codeBlocks(readme)
    .filter(({ language }) => language === 'sh')
    .flatMap(({ code }) => code.split('\n'))
    .map((line) => /^\s*(?:npm (?:install|i)|pnpm add|yarn add)\s+([^#]*)/.exec(line)?.[1] ?? '');
  return new Set(
    lines
      .flatMap((args) => args.split(/\s+/))
      .filter((arg) => /^[@\w]/.test(arg))
      .map((arg) => arg.replace(/(.)@.*$/, '$1')),
  );
}

/** The packages a README's code imports, as a team would have to install them. */
function importedPackages(readme: string): Set<string> {
  const specifiers = codeBlocks(readme)
    .filter(({ language }) => /^(ts|tsx|js|jsx)$/.test(language))
    .flatMap(({ code }) => [...code.matchAll(/(?:from|import)\s+'([^'.][^']*)'/g)].map((match) => match[1]!))
    .filter((specifier) => !specifier.startsWith('node:'));
  return new Set(
    specifiers.map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    ),
  );
}

/** What an install line must hold for a README's code to resolve under pnpm's strict layout. */
function missingFromInstallLines(readme: string, ownName?: string): string[] {
  const installed = installedPackages(readme);
  const needed = new Set(importedPackages(readme));
  if (ownName) needed.add(ownName);
  for (const name of [...installed, ...needed])
    for (const peer of Object.keys(manifests.get(name)?.peerDependencies ?? {})) needed.add(peer);
  return [...needed].filter((name) => !installed.has(name)).sort();
}

/**
 * The property names of an exported type of a built package, through nested objects, arrays and unions: the
 * shape a team has to write. Properties of built-in types (string methods, mapped keys) are left out.
 */
function shapeOf(entry: string, typeName: string): string[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const exported = checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === typeName);
  if (!exported) throw new Error(`${entry} exports no type ${typeName}.`);
  const distDir = join(entry, '..');
  const names = new Set<string>();
  const seen = new Set<ts.Type>();
  const visit = (type: ts.Type): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.forEach(visit);
    if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference).forEach(visit);
    for (const property of checker.getPropertiesOfType(type)) {
      if (!property.declarations?.some((declaration) => declaration.getSourceFile().fileName.startsWith(distDir)))
        continue;
      names.add(property.name);
      visit(checker.getNonNullableType(checker.getTypeOfSymbol(property)));
    }
  };
  visit(checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(exported)));
  return [...names].sort();
}

// Types whose whole shape a team writes by hand, so the package README shows every field.
const documentedShapes: Record<string, string[]> = { '@samspill/patterns': ['ContactConfig'] };

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
      typeof entry === 'string'
        ? [entry]
        : Object.entries(entry)
            .filter(([condition]) => condition !== 'samspill-source')
            .map(([, target]) => target),
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
      expect(
        manifest.dependencies ?? {},
        `${manifest.name} must list ${owner} under peerDependencies, not dependencies`,
      ).not.toHaveProperty(owner);
      if (manifest.peerDependencies?.[owner])
        expect(manifest.devDependencies, `${manifest.name} builds against ${owner}`).toHaveProperty(owner);
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
      for (const source of sources)
        if (!files.includes(posix.join(posix.dirname(file), source))) broken.push(`${file} -> ${source}`);
    }
    expect(broken).toEqual([]);
  });

  it('shows in its README every function and component each entry point exports', async () => {
    const readme = readFileSync(join(root, dir, 'README.md'), 'utf8');
    const undocumented: string[] = [];
    for (const [subpath, entry] of Object.entries(manifest.exports)) {
      const target = typeof entry === 'string' ? entry : entry.default!;
      if (!target.endsWith('.js') || target.includes('*')) continue;
      const module = (await import(pathToFileURL(join(root, dir, target)).href)) as Record<string, unknown>;
      undocumented.push(
        ...Object.keys(module)
          .filter((name) => !new RegExp(`\\b${name}\\b`).test(readme))
          .map((name) => `${subpath} ${name}`),
      );
    }
    expect(undocumented).toEqual([]);
  }, 30_000);

  it('shows in its README the whole shape of the configuration a team writes by hand', () => {
    const readme = readFileSync(join(root, dir, 'README.md'), 'utf8');
    const code = codeBlocks(readme)
      .map((block) => block.code)
      .join('\n');
    for (const typeName of documentedShapes[manifest.name] ?? []) {
      const fields = shapeOf(join(root, dir, manifest.types!), typeName);
      expect(fields.length, typeName).toBeGreaterThan(5);
      expect(
        fields.filter((field) => !new RegExp(`\\b${field}\\??:`).test(code)),
        `fields of ${typeName} missing from the README's code`,
      ).toEqual([]);
    }
  });

  it('has a README whose install line holds its package, each package its code imports, and their peers', () => {
    expect(missingFromInstallLines(readFileSync(join(root, dir, 'README.md'), 'utf8'), manifest.name)).toEqual([]);
  });

  it('can be imported from its built entry point', async () => {
    const entry = manifest.exports['.'];
    const target = typeof entry === 'string' ? entry : entry!.default!;
    const module = (await import(pathToFileURL(join(root, dir, target)).href)) as Record<string, unknown>;
    expect(Object.keys(module).length).toBeGreaterThan(0);
  }, 30_000);
});

it('has a root README whose install lines hold each package its code imports, and their peers', () => {
  expect(missingFromInstallLines(readFileSync(join(root, 'README.md'), 'utf8'))).toEqual([]);
});

it('the workspace root carries the licence and the repository its packages name', () => {
  expect(rootManifest.license).toBe('MIT');
  expect(rootManifest.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
  expect(license).toContain('Permission is hereby granted, free of charge');
});

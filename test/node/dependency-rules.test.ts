// The architecture, held by a test: which Samspill packages each package may use, and which may not touch React.
// Checked twice: in the manifest (what an install pulls in) and in the source (what the code really imports).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

interface Rule {
  dir: string;
  /** The other Samspill packages it may depend on and import. */
  samspill: string[];
  /** False when the package must not depend on or import React or a React library. */
  react: boolean;
}

const rules: Record<string, Rule> = {
  '@samspill/tokens': { dir: 'tokens', samspill: [], react: false },
  '@samspill/react': { dir: 'packages/react', samspill: ['@samspill/tokens'], react: true },
  '@samspill/patterns': {
    dir: 'packages/patterns',
    samspill: ['@samspill/react', '@samspill/feedback', '@samspill/plain-language'],
    react: true,
  },
  '@samspill/feedback': { dir: 'packages/feedback', samspill: [], react: false },
  '@samspill/plain-language': { dir: 'packages/plain-language', samspill: [], react: false },
  '@samspill/audit': {
    dir: 'packages/audit',
    samspill: ['@samspill/tokens', '@samspill/plain-language'],
    react: false,
  },
};

// React itself, its renderers, and libraries that only run inside React.
const reactPackages = [
  'react',
  'react-dom',
  '@samspill/react',
  '@samspill/patterns',
  'vitest-browser-react',
  '@storybook/react-vite',
  '@storybook/react',
];

const sourceFile = /\.(c|m)?(t|j)sx?$/;

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;
}

/** Every source file under a directory, as paths relative to the repository. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && sourceFile.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The package a bare specifier names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** What one package breaks: each problem names the file or manifest field and the rule. */
function violations(name: string, rule: Rule, manifest: Manifest, files: { path: string; text: string }[]): string[] {
  const problems: string[] = [];
  const forbidden = (dependency: string): string | undefined => {
    if (dependency === name) return undefined;
    if (!rule.react && reactPackages.includes(dependency)) return `${name} must not use React, but uses ${dependency}`;
    if (dependency.startsWith('@samspill/') && !rule.samspill.includes(dependency)) {
      const allowed = rule.samspill.length
        ? `may use only ${rule.samspill.join(', ')}`
        : 'must not use another Samspill package';
      return `${name} ${allowed}, but uses ${dependency}`;
    }
    return undefined;
  };

  const fields = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'] as const;
  for (const field of fields) {
    for (const dependency of Object.keys(manifest[field] ?? {})) {
      const problem = forbidden(dependency);
      if (problem) problems.push(`${rule.dir}/package.json ${field}: ${problem}`);
    }
  }
  // Tokens depend on nothing: a team installs them without pulling in anything else.
  if (name === '@samspill/tokens') {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const) {
      for (const dependency of Object.keys(manifest[field] ?? {})) {
        problems.push(
          `${rule.dir}/package.json ${field}: ${name} must depend on nothing, but depends on ${dependency}`,
        );
      }
    }
  }

  const packageRoot = resolve(root, rule.dir);
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(file.text, true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.')) {
        const target = resolve(root, dirname(file.path), specifier);
        if (target !== packageRoot && !target.startsWith(packageRoot + sep)) {
          problems.push(
            `${file.path} imports '${specifier}', outside ${rule.dir}: import another package by its name, test helpers from '#test/...'`,
          );
        }
        continue;
      }
      if (specifier.startsWith('#') || specifier.startsWith('node:')) continue;
      const problem = forbidden(packageOf(specifier));
      if (problem) problems.push(`${file.path} imports '${specifier}': ${problem}`);
    }
  }
  return problems;
}

describe('dependency rules', () => {
  it('covers every package in the workspace', () => {
    // The `packages:` list of the workspace file: its indented items up to the next top-level key.
    const list =
      /^packages:\n((?:\s+-.*\n?)+)/m.exec(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8'))?.[1] ?? '';
    const workspace = [...list.matchAll(/-\s+([\w./-]+)/g)].map(([, dir]) => dir!);
    expect(workspace.map((dir) => readManifest(dir).name).sort()).toEqual(Object.keys(rules).sort());
  });

  for (const [name, rule] of Object.entries(rules)) {
    it(`${name} uses ${rule.samspill.join(', ') || 'no other Samspill package'}${rule.react ? '' : ', and no React'}`, () => {
      const files = sourceFiles(join(rule.dir, 'src')).map((path) => ({
        path,
        text: readFileSync(join(root, path), 'utf8'),
      }));
      expect(violations(name, rule, readManifest(rule.dir), files)).toEqual([]);
    });
  }

  it('catches a React import in a package that must stay free of React, and a dependency on a package outside its list', () => {
    const rule = rules['@samspill/feedback']!;
    const files = [
      {
        path: 'packages/feedback/src/widget.ts',
        text: "import { useState } from 'react';\nconst lazy = () => import('@samspill/patterns');",
      },
    ];
    expect(
      violations(
        '@samspill/feedback',
        rule,
        { name: '@samspill/feedback', dependencies: { '@samspill/tokens': '*' } },
        files,
      ),
    ).toEqual([
      'packages/feedback/package.json dependencies: @samspill/feedback must not use another Samspill package, but uses @samspill/tokens',
      "packages/feedback/src/widget.ts imports 'react': @samspill/feedback must not use React, but uses react",
      "packages/feedback/src/widget.ts imports '@samspill/patterns': @samspill/feedback must not use React, but uses @samspill/patterns",
    ]);
  });
});

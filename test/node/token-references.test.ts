// A misspelt custom property renders unstyled without a word from the browser: every `--samspill-…` name the
// components, docs and READMEs use must be one the tokens build defines. Runs after `pnpm build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cssDir = join(root, 'tokens', 'dist', 'css');

// A name, possibly built in a template literal (`--samspill-space-${gap}`); prose about the prefix ends in `-`.
const reference = /--samspill-(?:[a-zA-Z0-9-]|\$\{[^}]*\})+/g;
const textFile = /\.(tsx?|mjs|js|mdx?|css)$/;

/** Every custom property the tokens build declares, in any theme. */
function definedProperties(): Set<string> {
  if (!existsSync(cssDir))
    throw new Error(`${relative(root, cssDir)} is missing: run \`pnpm build\` before this test.`);
  const names = new Set<string>();
  for (const file of readdirSync(cssDir).filter((name) => name.endsWith('.css'))) {
    for (const [, name] of readFileSync(join(cssDir, file), 'utf8').matchAll(/(--samspill-[a-zA-Z0-9-]+)\s*:/g))
      names.add(name!);
  }
  return names;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && textFile.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The references in one file's text that name no defined property, as `file:line: name`. */
function unknownReferences(path: string, text: string, defined: Set<string>): string[] {
  const unknown: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const [name] of line.matchAll(reference)) {
      if (name.endsWith('-')) continue;
      // A template literal names a family: some defined property must fit it.
      const known = name.includes('${')
        ? [...defined].some((property) =>
            new RegExp(
              `^${name
                .split(/\$\{[^}]*\}/)
                .map(escape)
                .join('[a-zA-Z0-9-]+')}$`,
            ).test(property),
          )
        : defined.has(name);
      if (!known) unknown.push(`${path}:${index + 1}: ${name}`);
    }
  });
  return unknown;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const checkedFiles = () => [
  ...readdirSync(join(root, 'packages')).flatMap((name) => [
    ...filesUnder(`packages/${name}/src`),
    `packages/${name}/README.md`,
  ]),
  ...filesUnder('docs'),
  ...filesUnder('.storybook'),
  'tokens/README.md',
  'README.md',
];

describe('custom property names', () => {
  it('every --samspill-… name in the components, docs and READMEs is one the tokens build defines', () => {
    const defined = definedProperties();
    expect(defined.size).toBeGreaterThan(50);
    const unknown = checkedFiles()
      .filter((path) => existsSync(join(root, path)))
      .flatMap((path) => unknownReferences(path, readFileSync(join(root, path), 'utf8'), defined));
    expect(
      unknown,
      'Use a name from tokens/dist/css/samspill.css, or the typed token module `@samspill/tokens`',
    ).toEqual([]);
  });

  it('names a misspelt property and a template that fits no property, with file and line', () => {
    const defined = new Set(['--samspill-space-4', '--samspill-color-feedback-danger-border']);
    const text = [
      'padding: var(--samspill-space-4);',
      'color: var(--samspill-colour-text);',
      'border-color: var(--samspill-color-feedback-${tone}-border);',
      'gap: var(--samspill-spacing-${gap});',
    ].join('\n');
    expect(unknownReferences('Box.tsx', text, defined)).toEqual([
      'Box.tsx:2: --samspill-colour-text',
      'Box.tsx:4: --samspill-spacing-${gap}',
    ]);
  });
});

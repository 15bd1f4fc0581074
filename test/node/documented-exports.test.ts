// A package's public API is what its README documents: every runtime export is named there, and every name the
// README imports or lists as an export exists. Anything else is an internal a team could come to depend on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

// The `packages:` list of the workspace file.
const workspace =
  /^packages:\n((?:\s+-.*\n?)+)/m.exec(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8'))?.[1] ?? '';
const packageDirs = [...workspace.matchAll(/-\s+([\w./-]+)/g)].map(([, dir]) => dir!);

interface Manifest {
  name: string;
  exports: Record<string, string | Record<string, string>>;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** What a README says about a package's names. */
interface Documented {
  /** Names written as code (the start of an inline code span, an import in a code block, a heading that is a name). */
  mentioned: Set<string>;
  /** Names the README promises exist: imported in its code blocks or listed in a table whose first column is `export`, by entry point when known. */
  promised: { name: string; entry?: string }[];
}

function readDocumented(readme: string, packageName: string): Documented {
  const mentioned = new Set<string>();
  const promised: Documented['promised'] = [];
  const fence = /^```\w*\n([\s\S]*?)^```/gm;
  for (const [, code] of readme.matchAll(fence)) {
    for (const [, names, from] of code!.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
      for (const part of names!.split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0]!;
        if (!identifier.test(name)) continue; // `type X` imports are erased at run time.
        mentioned.add(name);
        if (from === packageName || from!.startsWith(`${packageName}/`)) promised.push({ name, entry: from });
      }
    }
  }
  const prose = readme.replace(fence, '');
  for (const [, name] of prose.matchAll(/`<?([A-Za-z_$][\w$]*)/g)) mentioned.add(name!);
  for (const [, name] of prose.matchAll(/^#+\s+([A-Za-z_$][\w$]*)\s*$/gm)) mentioned.add(name!);
  // Tables headed `| export | … |` list exports in their first column.
  for (const [, rows] of prose.matchAll(/^\|\s*exports?\s*\|.*\n\|[-| :]+\|\n((?:\|.*\n?)*)/gim)) {
    for (const row of rows!.split('\n')) {
      const firstCell = row.split('|')[1] ?? '';
      for (const [, name] of firstCell.matchAll(/`<?([A-Za-z_$][\w$]*)/g)) promised.push({ name: name! });
    }
  }
  return { mentioned, promised };
}

/** The package's JavaScript entry points, as import specifiers: `@samspill/react`, `@samspill/react/locales`. */
function entryPoints(manifest: Manifest): string[] {
  return Object.entries(manifest.exports)
    .filter(([subpath, target]) => {
      const file = typeof target === 'string' ? target : (target.default ?? '');
      return !subpath.includes('*') && /\.m?js$/.test(file);
    })
    .map(([subpath]) => manifest.name + subpath.slice(1));
}

/** The problems, each naming the package, the entry point and the name. */
function compare(documented: Documented, exportsByEntry: Map<string, string[]>, packageName: string): string[] {
  const problems: string[] = [];
  const everyExport = new Set([...exportsByEntry.values()].flat());
  for (const [entry, names] of exportsByEntry) {
    for (const name of names) {
      if (!documented.mentioned.has(name))
        problems.push(
          `${entry} exports \`${name}\`, which its README does not document: document it or stop exporting it`,
        );
    }
  }
  for (const { name, entry } of documented.promised) {
    const found = entry ? (exportsByEntry.get(entry) ?? []).includes(name) : everyExport.has(name);
    if (!found)
      problems.push(
        `${packageName}'s README documents \`${name}\`${entry ? ` from ${entry}` : ''}, which it does not export: export it or correct the README`,
      );
  }
  return problems;
}

describe('documented exports', () => {
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;
    it(`${manifest.name} exports exactly what its README documents`, async () => {
      const exportsByEntry = new Map<string, string[]>();
      for (const entry of entryPoints(manifest)) {
        exportsByEntry.set(
          entry,
          Object.keys((await import(/* @vite-ignore */ entry)) as object).filter((name) => name !== 'default'),
        );
      }
      const documented = readDocumented(readFileSync(join(root, dir, 'README.md'), 'utf8'), manifest.name);
      expect(compare(documented, exportsByEntry, manifest.name)).toEqual([]);
    });
  }

  it('names an export the README leaves out and a documented name that is not exported', () => {
    const readme = [
      '# @samspill/example',
      '```ts',
      "import { analyze, type Options } from '@samspill/example';",
      "import { runCli } from '@samspill/example/cli';",
      '```',
      '| export | what it is |',
      '|---|---|',
      '| `lint(text)`, `words` | the linter |',
    ].join('\n');
    const exported = new Map([
      ['@samspill/example', ['analyze', 'lint', 'serveDirectory']],
      ['@samspill/example/cli', []],
    ]);
    expect(compare(readDocumented(readme, '@samspill/example'), exported, '@samspill/example')).toEqual([
      '@samspill/example exports `serveDirectory`, which its README does not document: document it or stop exporting it',
      "@samspill/example's README documents `runCli` from @samspill/example/cli, which it does not export: export it or correct the README",
      "@samspill/example's README documents `words`, which it does not export: export it or correct the README",
    ]);
  });
});

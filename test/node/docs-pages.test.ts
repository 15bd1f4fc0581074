// A live demo on a docs page must render through a story: only stories get the preview's decorators, so a component
// written straight into the MDX renders outside SamspillProvider, without Samspill's styles or the chosen theme.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

/** The components a page renders itself: imported from anywhere but the doc blocks (Storybook's and ours), used as a JSX tag. */
function unwrappedDemos(source: string): string[] {
  const prose = source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  const imported = [...prose.matchAll(/^import\s+(?:\{([^}]*)\}|(\w+))\s+from\s+'([^']+)'/gm)]
    // Storybook's and Samspill's doc blocks lay out the page; they are not demos.
    .filter(([, , , from]) => !from!.startsWith('@storybook/addon-docs') && from !== '@samspill-docs/blocks')
    .flatMap(([, named, single]) =>
      named
        ? named.split(',').map((name) =>
            name
              .trim()
              .split(/\s+as\s+/)
              .at(-1)!,
          )
        : [single!],
    )
    .filter(Boolean);
  return imported.filter((name) => new RegExp(`<${name}[\\s/>]`).test(prose));
}

describe('docs pages', () => {
  const files = [...mdxFiles(join(root, 'docs')), ...mdxFiles(join(root, 'packages'))];

  it('finds the pages', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    '%s shows every live demo through a story, inside the provider',
    (_, file) => {
      const demos = unwrappedDemos(readFileSync(file, 'utf8'));
      expect(
        demos,
        `render ${demos.join(', ')} through a story (<Canvas of={Stories.Name} />) so it gets SamspillProvider and the chosen theme`,
      ).toEqual([]);
    },
  );

  it('notices a component written straight into a page, and ignores one inside a code example', () => {
    const page =
      "import { Canvas } from '@storybook/addon-docs/blocks';\nimport { Demo } from './Demo';\n\n```tsx\n<Demo />\n```\n";
    expect(unwrappedDemos(page)).toEqual([]);
    expect(unwrappedDemos(`${page}\n<Demo locale="en" />\n`)).toEqual(['Demo']);
  });
});

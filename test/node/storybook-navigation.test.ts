// Storybook's sidebar as a designer reads it, computed the way Storybook does: the sort read from the preview file
// and the stories read from their files.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getStorySortParameter, loadCsf } from 'storybook/internal/csf-tools';
import { sortStoriesV7 } from 'storybook/preview-api';
import { describe, expect, it } from 'vitest';
import config from '../../.storybook/main.ts';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : files(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

const sources = ['docs', 'packages'].map((dir) => join(root, dir));
const stories = sources
  .flatMap((dir) => files(dir, '.stories.tsx'))
  .flatMap((file) => {
    const csf = loadCsf(readFileSync(file, 'utf8'), { fileName: file, makeTitle: (title) => title! }).parse();
    return csf.indexInputs.map((input) => ({
      type: 'story' as const,
      id: `${input.title}--${input.exportName}`,
      title: input.title ?? '',
      name: input.name!,
      importPath: relative(root, file),
      tags: input.tags ?? [],
    }));
  });
const pages = sources
  .flatMap((dir) => files(dir, '.mdx'))
  .flatMap((file) => {
    const title = /<Meta title="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    return title
      ? [
          {
            type: 'docs' as const,
            id: `${title}--docs`,
            title,
            name: 'Docs',
            importPath: relative(root, file),
            tags: [],
            storiesImports: [],
          },
        ]
      : [];
  });
const storySort = getStorySortParameter(readFileSync(join(root, '.storybook', 'preview.tsx'), 'utf8'));

describe('Storybook navigation', () => {
  it('reads Introduction, Getting started for designers then developers, the Overview, Foundations with the tokens first, Components, Patterns, then Guidelines', () => {
    const sorted = sortStoriesV7([...pages, ...stories] as Parameters<typeof sortStoriesV7>[0], storySort, []);
    const sections = [...new Set(sorted.map((entry) => entry.title.split('/')[0]))];
    expect(sections).toEqual([
      'Introduction',
      'Getting started',
      'Overview',
      'Foundations',
      'Components',
      'Patterns',
      'Guidelines',
    ]);
    expect(sorted.filter((entry) => entry.title.startsWith('Getting started/')).map((entry) => entry.title)).toEqual([
      'Getting started/For designers',
      'Getting started/For developers',
    ]);
    expect(sorted.find((entry) => entry.title.startsWith('Foundations/'))?.title).toBe('Foundations/Tokens');
  });

  it('names stories by the state they show, not by how they were built', () => {
    const names = stories.map((story) => `${story.title}: ${story.name}`);
    expect(names.filter((name) => /At Narrow Width|Narrow Width|With Error|Focus Visible|Focused/.test(name))).toEqual(
      [],
    );
  });

  it('keeps cases that exist for the tests out of the sidebar by default, and still runs them as tests', () => {
    expect((config.tags as Record<string, unknown> | undefined)?.['test-case']).toMatchObject({
      defaultFilterSelection: 'exclude',
    });
    const cases = stories.filter((story) => story.tags.includes('test-case'));
    expect(cases.length).toBeGreaterThan(10);
    // The Vitest story projects run every story tagged 'test' (a default tag) and not 'skip-test'.
    expect(cases.filter((story) => story.tags.includes('!test') || story.tags.includes('skip-test'))).toEqual([]);
    // A story that is only another locale of one shown is such a case.
    const locales = stories.filter(
      (story) =>
        /^(Norwegian|Ukrainian|Swedish|Finnish)$|\b(Nb|Nn|Sv|Fi|Uk)$/.test(story.name) &&
        !story.title.startsWith('Guidelines/'),
    );
    expect(
      locales.filter((story) => !story.tags.includes('test-case')).map((story) => `${story.title}: ${story.name}`),
    ).toEqual([]);
  });
});

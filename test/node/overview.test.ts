// The overview page lists every other name a component answers to as a heading of its own: Storybook's sidebar
// search finds docs pages by their headings, so that is how "Banner" or "Modal" leads a designer to Samspill's name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../.storybook/main.ts';
import { overviewFile, updatedOverview } from '../../scripts/overview.mjs';

describe('the overview page', () => {
  it('has a heading for every alias in every guidance.json, linked to the components that answer to it', () => {
    const page = readFileSync(overviewFile, 'utf8');
    expect(page, 'docs/Overview.mdx is out of date with the aliases in guidance.json: run `pnpm overview`').toBe(
      updatedOverview(page),
    );
    expect(page).toMatch(/^### Badge: see \[Tag\]\(\?path=\/docs\/components-tag--docs\)$/m);
  });

  it('makes docs headings searchable from the sidebar', () => {
    expect(config.features).toMatchObject({ experimentalSearchDocsHeadings: true });
  });

  it('says which markers it lost when the alias section cannot be found', () => {
    expect(() => updatedOverview('# Overview\n')).toThrow(/lost the markers of its "Other names" section/);
  });
});

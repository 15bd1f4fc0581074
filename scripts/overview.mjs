// Writes the "Other names" section of docs/Overview.mdx from every guidance.json's aliases. Storybook's sidebar
// search finds a docs page by its headings (features.experimentalSearchDocsHeadings), so each alias is a heading
// there, and a designer who types "Banner" lands on the components that answer to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { componentFolders, storiesOf } from './metadata.mjs';

const root = join(import.meta.dirname, '..');
export const overviewFile = join(root, 'docs', 'Overview.mdx');
const start =
  '{/* Other names: start. Written by `node scripts/overview.mjs` from the aliases in each guidance.json. */}';
const end = '{/* Other names: end */}';

/** Each alias with the components that answer to it, linked to their docs pages, alias by alias in order. */
export function aliasSection() {
  const byAlias = new Map();
  for (const name of ['react', 'patterns']) {
    const dir = join(root, 'packages', name);
    for (const folder of componentFolders(dir)) {
      let guidance;
      try {
        guidance = JSON.parse(readFileSync(join(dir, 'src', folder, 'guidance.json'), 'utf8'));
      } catch {
        continue; // The package build names a missing or broken guidance.json.
      }
      const { stories } = storiesOf(join(dir, 'src', folder, `${folder}.stories.tsx`));
      const docs = `${stories[0].id.split('--')[0]}--docs`;
      for (const alias of guidance.aliases ?? []) {
        byAlias.set(alias, [...(byAlias.get(alias) ?? []), `[${folder}](?path=/docs/${docs})`]);
      }
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => a.localeCompare(b));
  // The search shows a heading's whole text, so the result already says where to go: "Banner: see Alert".
  return [
    start,
    '',
    ...aliases.flatMap((alias) => [`### ${alias}: see ${byAlias.get(alias).sort().join(', ')}`, '']),
    end,
  ].join('\n');
}

/** The page with its alias section as the guidance files say it should be. */
export function updatedOverview(page = readFileSync(overviewFile, 'utf8')) {
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from === -1 || to === -1)
    throw new Error(`${overviewFile} has lost the markers of its "Other names" section: put back ${start} and ${end}.`);
  return page.slice(0, from) + aliasSection() + page.slice(to + end.length);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeFileSync(overviewFile, updatedOverview());

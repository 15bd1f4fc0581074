/// <reference types="vite/client" />
import { useEffect, useState } from 'react';
import type { Guidance } from './guidance';

/** Every component's and pattern's guidance.json, keyed by its folder, e.g. `/packages/react/src/Tag/`. */
const guidanceFiles = import.meta.glob<Guidance>('../../packages/*/src/*/guidance.json', {
  eager: true,
  import: 'default',
});
const guidanceByFolder = Object.entries(guidanceFiles).map(([path, guidance]) => ({
  folder: path.replace(/^(\.\.\/)+/, '/').replace(/guidance\.json$/, ''),
  guidance,
}));

interface Entry {
  type: 'docs' | 'story';
  id: string;
  importPath: string;
  tags?: string[];
}

interface Card {
  guidance: Guidance;
  /** The docs page's id in Storybook's index, e.g. `components-tag--docs`. */
  docs?: string;
  /** The first story a designer sees in the sidebar; its committed light screenshot (`<title>-<story>-320.png`) is the thumbnail. */
  story?: string;
}

/** The docs page and first sidebar story of each component, from the Storybook index the page was built with. */
function cardsFrom(entries: Entry[]): Card[] {
  const hidden = (entry: Entry) => entry.tags?.includes('test-case') || entry.tags?.includes('guidance');
  return guidanceByFolder.map(({ folder, guidance }) => {
    const own = entries.filter((entry) => entry.importPath.includes(folder));
    return {
      guidance,
      docs: own.find((entry) => entry.type === 'docs')?.id,
      story: own.find((entry) => entry.type === 'story' && !hidden(entry))?.id,
    };
  });
}

const list = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
  gap: '1.5rem',
  listStyle: 'none',
  margin: '1rem 0 2rem',
  padding: 0,
} as const;
const thumbnail = {
  display: 'block',
  width: '100%',
  aspectRatio: '4 / 3',
  objectFit: 'cover',
  objectPosition: 'left top',
  border: '1px solid',
  borderRadius: 6,
} as const;
const status = {
  display: 'inline-block',
  padding: '0 0.5rem',
  border: '1px solid',
  borderRadius: 999,
  fontWeight: 700,
} as const;

/**
 * The gallery of the components or patterns of one package: a thumbnail, the name linked to its guidance page, the
 * one-line summary, the status and the other names designers search with, all from each guidance.json.
 */
export function Gallery({ package: packageName }: { package: Guidance['package'] }) {
  const [entries, setEntries] = useState<Entry[] | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  useEffect(() => {
    // The same index the sidebar shows, so every link and thumbnail points at an entry that exists.
    fetch('index.json')
      .then((response) => response.json() as Promise<{ entries: Record<string, Entry> }>)
      .then((index) => setEntries(Object.values(index.entries)))
      .catch((error: Error) => setFailure(error.message));
  }, []);
  if (failure) return <p>Could not read Storybook’s index to show the gallery: {failure}</p>;
  if (!entries) return <p aria-busy="true">Loading the gallery…</p>;
  const cards = cardsFrom(entries)
    .filter((card) => card.guidance.package === packageName)
    .sort((a, b) => a.guidance.name.localeCompare(b.guidance.name));
  return (
    <ul style={list} data-gallery={packageName}>
      {cards.map(({ guidance, docs, story }) => (
        <li key={guidance.name}>
          {story && (
            <img
              src={`thumbnails/${story.replace('--', '-')}-320.png`}
              alt=""
              width={320}
              height={240}
              loading="lazy"
              style={thumbnail}
            />
          )}
          <h3 style={{ margin: '0.5rem 0 0.25rem' }}>
            {docs ? (
              <a href={`./?path=/docs/${docs}`} target="_top">
                {guidance.name}
              </a>
            ) : (
              guidance.name
            )}
          </h3>
          <p style={{ margin: '0 0 0.5rem' }}>{guidance.summary}</p>
          <p style={{ margin: 0 }}>
            <span style={status}>{guidance.status === 'stable' ? 'Stable' : 'Beta'}</span>
            {guidance.aliases.length > 0 && <> Also called {guidance.aliases.join(', ')}.</>}
          </p>
        </li>
      ))}
    </ul>
  );
}

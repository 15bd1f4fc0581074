import { describe, expect, it } from 'vitest';
import { patternCatalogues } from './index.js';

describe('pattern catalogues', () => {
  const reference = Object.keys(patternCatalogues.en).sort();
  it.each(Object.entries(patternCatalogues))('%s has exactly the keys of en, none empty', (_, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(reference);
    expect(Object.values(catalogue).filter((value) => value.trim() === '')).toEqual([]);
  });

  it.each(Object.entries(patternCatalogues))('%s keeps every placeholder of en', (_, catalogue) => {
    for (const [key, english] of Object.entries(patternCatalogues.en)) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(catalogue[key as keyof typeof catalogue]), key).toEqual(placeholders(english));
    }
  });
});

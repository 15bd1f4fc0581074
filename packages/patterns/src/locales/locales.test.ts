import { catalogues as componentCatalogues } from '@samspill/react/locales';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fi } from './fi.js';
import { catalogueFor, catalogues } from './index.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { sv } from './sv.js';
import { uk } from './uk.js';

const patternCatalogues = { en, nb, nn, sv, fi, uk };
const text = (message: unknown) => (typeof message === 'string' ? message : Object.values(message as object).join(' '));

describe('pattern catalogues', () => {
  const reference = Object.keys(en).sort();
  it.each(Object.entries(patternCatalogues))('%s has exactly the keys of en, none empty', (_, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(reference);
    expect(Object.values(catalogue).filter((value) => text(value).trim() === '')).toEqual([]);
  });

  it.each(Object.entries(patternCatalogues))('%s keeps every placeholder of en', (_, catalogue) => {
    for (const [key, english] of Object.entries(en)) {
      const placeholders = (message: unknown) => (text(message).match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(catalogue[key as keyof typeof catalogue]), key).toEqual(placeholders(english));
    }
  });

  it.each(Object.entries(catalogues))(
    '%s of @samspill/patterns/locales holds the components’ strings and the patterns’ in its language',
    (locale, catalogue) => {
      const components = componentCatalogues[locale as keyof typeof componentCatalogues];
      const patterns = patternCatalogues[locale as keyof typeof patternCatalogues];
      expect(catalogue).toEqual({ ...components, ...patterns });
    },
  );

  it('picks the catalogue for a region tag and Norwegian "no", and English for a language it does not have', () => {
    expect(catalogueFor('nb-NO')).toBe(catalogues.nb);
    expect(catalogueFor('no')).toBe(catalogues.nb);
    expect(catalogueFor('de')).toBe(catalogues.en);
  });
});

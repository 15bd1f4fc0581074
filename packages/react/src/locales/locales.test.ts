import { describe, expect, it } from 'vitest';
import { builtInLocales, catalogueFor, catalogues, interpolate } from './index.js';

describe('built-in catalogues', () => {
  const reference = Object.keys(catalogues.en).sort();

  it.each(builtInLocales.filter((l) => l !== 'en'))('%s has exactly the keys of en', (locale) => {
    const keys = Object.keys(catalogues[locale]).sort();
    expect(reference.filter((k) => !keys.includes(k)), `missing in ${locale}`).toEqual([]);
    expect(keys.filter((k) => !reference.includes(k)), `unknown in ${locale}`).toEqual([]);
  });

  it.each(builtInLocales)('%s has no empty strings', (locale) => {
    const empty = Object.entries(catalogues[locale]).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('resolves region tags and Norwegian "no" to a built-in catalogue, and falls back to English', () => {
    expect(catalogueFor('nb-NO')).toBe(catalogues.nb);
    expect(catalogueFor('no')).toBe(catalogues.nb);
    expect(catalogueFor('sv-FI')).toBe(catalogues.sv);
    expect(catalogueFor('de')).toBe(catalogues.en);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} of {max}', { count: 3, max: 10 })).toBe('3 of 10');
    expect(interpolate('{count} of {max}', { count: 3 })).toBe('3 of {max}');
  });
});

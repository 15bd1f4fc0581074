// One list of built-in locales across the packages, under one name.
import { describe, expect, it, vi } from 'vitest';
import * as plainLanguage from '@samspill/plain-language';
import { builtInLocales as patternLocales, catalogues as patternCatalogues } from '@samspill/patterns/locales';
import { builtInLocales } from '@samspill/react/locales';

describe('built-in locales', () => {
  it('are one list: the components, the patterns and the plain-language analysis know the same six', () => {
    expect(patternLocales).toBe(builtInLocales);
    expect(Object.keys(patternCatalogues)).toEqual([...builtInLocales]);
    expect(plainLanguage.builtInLocales).toEqual(builtInLocales);
  });

  it('keep plain-language’s old name working, with one warning in development that names the new one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect([...plainLanguage.supportedLocales]).toEqual([...builtInLocales]);
    expect(plainLanguage.supportedLocales.includes('uk')).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('Use `builtInLocales`');
    warn.mockRestore();
  });
});

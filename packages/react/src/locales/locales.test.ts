import { describe, expect, it } from 'vitest';
import { localize, translator } from './format.js';
import { builtInLocales, catalogueFor, catalogues, formatMessage, interpolate } from './index.js';

describe('built-in catalogues', () => {
  const reference = Object.keys(catalogues.en).sort();

  it.each(builtInLocales.filter((l) => l !== 'en'))('%s has exactly the keys of en', (locale) => {
    const keys = Object.keys(catalogues[locale]).sort();
    expect(
      reference.filter((k) => !keys.includes(k)),
      `missing in ${locale}`,
    ).toEqual([]);
    expect(
      keys.filter((k) => !reference.includes(k)),
      `unknown in ${locale}`,
    ).toEqual([]);
  });

  it.each(builtInLocales)(
    '%s has a form for every plural category its language uses, and no empty strings',
    (locale) => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(catalogues[locale])) {
        const english = catalogues.en[key as keyof typeof catalogues.en];
        expect(typeof message, `${locale} ${key}: plain in en must be plain here, plural must be plural`).toBe(
          typeof english,
        );
        if (typeof message === 'string') {
          expect(message.trim(), `${locale} ${key}`).not.toBe('');
        } else {
          for (const category of categories)
            expect(message[category], `${locale} ${key} lacks "${category}"`).toBeTruthy();
        }
      }
    },
  );

  it('chooses Ukrainian plural forms for one, few and many', () => {
    const left = catalogues.uk['textarea.charactersLeft'];
    expect(formatMessage(left, 'uk', { count: 1 })).toBe('Залишився 1 символ');
    expect(formatMessage(left, 'uk', { count: 3 })).toBe('Залишилося 3 символи');
    expect(formatMessage(left, 'uk', { count: 5 })).toBe('Залишилося 5 символів');
    expect(formatMessage(left, 'uk', { count: 21 })).toBe('Залишився 21 символ');
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

  it('translates from the last catalogue that has the key, then English, choosing plural forms, and names a key none has', () => {
    const t = translator('uk', catalogues.uk, { 'dialog.close': 'Сховати' });
    expect(t('dialog.close')).toBe('Сховати');
    expect(t('spinner.label')).toBe('Завантаження');
    expect(t('textarea.charactersLeft', { count: 3 })).toBe('Залишилося 3 символи');
    expect(translator('sv', { 'spinner.label': 'Laddar' })('dialog.close')).toBe('Close');
    expect(() => translator('en')('dialog.closed' as 'dialog.close')).toThrow('there is no string "dialog.closed"');
  });

  it('picks configuration text for the page: the exact tag, the same language, English, then the first given', () => {
    const text = { en: 'Phone', nb: 'Telefon', 'sv-FI': 'Telefon (FI)' };
    expect(localize(text, 'sv-FI')).toBe('Telefon (FI)');
    expect(localize(text, 'nb-NO')).toBe('Telefon');
    expect(localize(text, 'no')).toBe('Telefon');
    expect(localize(text, 'sv')).toBe('Telefon (FI)');
    expect(localize(text, 'fi')).toBe('Phone');
    expect(localize({ uk: 'Телефон' }, 'fi')).toBe('Телефон');
    expect(localize('Phone', 'nb')).toBe('Phone');
    expect(localize((locale) => `Phone in ${locale}`, 'nn')).toBe('Phone in nn');
  });
});

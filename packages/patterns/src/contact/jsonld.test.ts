import { describe, expect, it } from 'vitest';
import { exampleContact } from './examples.js';
import { contactJsonLd, serializeJsonLd } from './jsonld.js';

describe('schema.org JSON-LD', () => {
  it('publishes a label given per language in the page’s language', () => {
    const data = contactJsonLd(exampleContact, 'nb-NO') as { contactPoint: Record<string, unknown>[] };
    expect(data.contactPoint[0]!.contactType).toBe('Kundeservice');
  });

  it('publishes one ContactPoint per remote channel, in order, with E.164 numbers and hours', () => {
    const data = contactJsonLd(exampleContact) as { name: string; contactPoint: Record<string, unknown>[] };
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Fjordkraft Eksempel AS',
    });
    expect(data.contactPoint.map((point) => point.telephone ?? point.email ?? point.url)).toEqual([
      '+4722334455',
      '#chat',
      'kundeservice@example.no',
      '#callback',
      '+4722334456',
      '#tolk',
    ]);
    expect(data.contactPoint[0]).toMatchObject({ contactType: 'Customer service', availableLanguage: ['nb', 'en'] });
    expect(data.contactPoint[0]!.hoursAvailable).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Thursday',
      opens: '08:00',
      closes: '18:00',
    });
    expect(data.contactPoint[0]!.hoursAvailable).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2026-12-25',
      validThrough: '2026-12-26',
      opens: '00:00',
      closes: '00:00',
    });
    expect(data.contactPoint[4]!.contactOption).toBe('https://schema.org/HearingImpairedSupported');
  });

  it('cannot be used to close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

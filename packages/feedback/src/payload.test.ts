import { describe, expect, it } from 'vitest';
import { buildPayload, cleanPage, newEntryId } from './payload.js';

const now = Date.parse('2025-06-01T10:30:00.000Z');
const id = '0b5c3a52-53f1-4d41-9a4e-1a2b3c4d5e6f';

describe('buildPayload', () => {
  it('sends the scale of each kind with its score', () => {
    const scale = (kind: 'helpful' | 'csat' | 'ces' | 'nps', score: number) =>
      buildPayload({ kind, score, locale: 'nb-NO' }, { now, id }).scale;
    expect(scale('helpful', 1)).toEqual({ min: 0, max: 1 });
    expect(scale('csat', 4)).toEqual({ min: 1, max: 5 });
    expect(scale('ces', 2)).toEqual({ min: 1, max: 7 });
    expect(scale('nps', 9)).toEqual({ min: 0, max: 10 });
  });

  it('gives a comment neither score nor scale', () => {
    const payload = buildPayload({ kind: 'comment', comment: 'Takk', locale: 'nb-NO' }, { now, id });
    expect(payload).toEqual({
      id,
      kind: 'comment',
      comment: 'Takk',
      locale: 'nb-NO',
      teams: [],
      createdAt: '2025-06-01T10:30:00.000Z',
      schemaVersion: 1,
    });
  });

  it('masks personal data in the comment before anything else sees it', () => {
    const payload = buildPayload(
      {
        kind: 'csat',
        score: 2,
        locale: 'nb-NO',
        comment: 'Skriv til ola.nordmann@example.no eller ring 912 34 567, fnr 01019010046.',
      },
      { now, id },
    );
    expect(payload.comment).not.toMatch(/ola\.nordmann|912 34 567|01019010046/);
    expect(payload.comment).toBe('Skriv til [e-mail] eller ring [phone number], fnr [national identity number].');
  });

  it('keeps the page but drops its query string, hash and credentials, and masks personal data in the path', () => {
    const base = 'https://user:secret@www.example.no/flytte/kvittering?token=abc&email=a%40b.no#steg-3';
    expect(buildPayload({ kind: 'helpful', score: 1, locale: 'nb' }, { now, id, locationHref: base }).page).toBe(
      'https://www.example.no/flytte/kvittering',
    );
    expect(
      buildPayload({ kind: 'helpful', score: 1, locale: 'nb', page: '/sok?q=gjeld' }, { now, id, locationHref: base })
        .page,
    ).toBe('https://www.example.no/sok');
    expect(cleanPage('https://example.no/users/kari@example.no/profile')).not.toContain('kari@example.no');
    expect(() => cleanPage('/relative-without-base')).toThrow('`page` must be an absolute URL');
  });

  it('cuts a long page path at a "/" before scrubbing, so no identifier is left half-readable', () => {
    const kept = `/${'a'.repeat(1015)}/`;
    expect(cleanPage(`https://example.no${kept}01019012480/${'b'.repeat(100_000)}`)).toBe(`https://example.no${kept}`);
    expect(cleanPage('https://example.no/flytte/01019012480/kvittering')).toBe(
      'https://example.no/flytte/[national%20identity%20number]/kvittering',
    );
  });

  it('fills routing and locale from the client defaults, letting the input win', () => {
    const payload = buildPayload(
      { kind: 'nps', score: 9, locale: 'sv-SE', journey: 'claim' },
      {
        now,
        id,
        defaults: {
          channel: 'web',
          journey: 'move',
          touchpoint: 'receipt',
          teams: ['product', 'marketing'],
          locale: 'nb-NO',
        },
      },
    );
    expect(payload).toMatchObject({
      channel: 'web',
      journey: 'claim',
      touchpoint: 'receipt',
      teams: ['product', 'marketing'],
      locale: 'sv-SE',
    });
  });

  it('leaves out the page where there is none (on a server)', () => {
    expect(buildPayload({ kind: 'csat', score: 3, locale: 'nb' }, { now, id })).not.toHaveProperty('page');
  });
});

describe('newEntryId', () => {
  it('makes UUID v4 ids that do not repeat', () => {
    const ids = new Set(Array.from({ length: 100 }, newEntryId));
    expect(ids.size).toBe(100);
    for (const value of ids)
      expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

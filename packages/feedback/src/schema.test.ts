import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildPayload } from './payload.js';
import { SCALES } from './validate.js';
import type { FeedbackInput, FeedbackPayload } from './types.js';

const schema = JSON.parse(readFileSync(new URL('../schema/feedback.schema.json', import.meta.url), 'utf8')) as {
  $id: string;
  properties: Record<string, unknown>;
  required: string[];
};
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile<FeedbackPayload>(schema);

/** Every property of the TypeScript payload, and whether it is required there: the compiler keeps this list exact. */
const payloadProperties = {
  id: true,
  kind: true,
  score: false,
  scale: false,
  comment: false,
  reasons: false,
  locale: true,
  channel: false,
  journey: false,
  touchpoint: false,
  teams: true,
  page: false,
  createdAt: true,
  schemaVersion: true,
} as const satisfies Record<keyof FeedbackPayload, boolean>;

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

describe('schema/feedback.schema.json', () => {
  it('is draft 2020-12 with a versioned $id that the package exports', () => {
    expect(schema.$id).toBe('https://samspill.dev/schema/feedback/v1.json');
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports['./schema.json']).toBe('./schema/feedback.schema.json');
    expect(pkg.files).toContain('schema');
  });

  it('names exactly the properties of FeedbackPayload and requires the same ones', () => {
    // Compile time: the required list above is the type's required keys, no more, no less.
    type Listed = {
      [K in keyof typeof payloadProperties]: (typeof payloadProperties)[K] extends true ? K : never;
    }[keyof typeof payloadProperties];
    expectTypeOf<Listed>().toEqualTypeOf<RequiredKeys<FeedbackPayload>>();
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(payloadProperties).sort());
    const required = Object.entries(payloadProperties)
      .filter(([, isRequired]) => isRequired)
      .map(([key]) => key);
    expect([...schema.required].sort()).toEqual(required.sort());
  });

  it('accepts the payloads the client builds, for every kind and every score on its scale', () => {
    const inputs: FeedbackInput[] = [
      { kind: 'comment', comment: 'Ring meg på 912 34 567', locale: 'nb-NO', teams: ['customer-service'] },
    ];
    for (const [kind, { min, max }] of Object.entries(SCALES)) {
      for (let score = min; score <= max; score += 1) {
        inputs.push({
          kind: kind as FeedbackInput['kind'],
          score,
          locale: 'sv-SE',
          reasons: ['slow'],
          channel: 'web',
          journey: 'claim',
          touchpoint: 'receipt',
        });
      }
    }
    for (const input of inputs) {
      const payload = buildPayload(input, {
        now: Date.now(),
        id: crypto.randomUUID(),
        locationHref: 'https://example.no/a/b?x=1#y',
      });
      expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('refuses scores outside the kind’s scale, scores on comments, extra properties, and pages with a query', () => {
    const base = buildPayload({ kind: 'csat', score: 3, locale: 'nb' }, { now: Date.now(), id: crypto.randomUUID() });
    const rejects = (change: Record<string, unknown>) =>
      expect(validate({ ...base, ...change }), JSON.stringify(change)).toBe(false);
    rejects({ score: 9 });
    rejects({ score: 0 });
    rejects({ kind: 'helpful', score: 2, scale: { min: 0, max: 1 } });
    rejects({ kind: 'ces', score: 8, scale: { min: 1, max: 7 } });
    rejects({ kind: 'nps', score: 11, scale: { min: 0, max: 10 } });
    rejects({ kind: 'nps', score: 5, scale: { min: 1, max: 5 } });
    rejects({ kind: 'comment', comment: 'x' });
    rejects({ email: 'a@b.no' });
    rejects({ page: 'https://example.no/?q=1' });
    rejects({ schemaVersion: 2 });
    expect(validate({ ...base, kind: 'nps', score: 10, scale: { min: 0, max: 10 } })).toBe(true);
  });
});

// Configurations as a CMS or a hurried edit might deliver them: anything at all, or the example with one value of
// the wrong kind. The validator must name the problem, never crash on it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleContact } from './examples.js';
import { ContactConfigError, contactConfigIssues, validateContactConfig } from './validate.js';

type Path = (string | number)[];

/** Every string and number in a value, with its path. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string' || typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

/** Written as the validator writes paths: `channels[2].hours.weekly.mon[0].open`. */
const written = (path: Path) =>
  path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');

function replaced(config: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(config) as Record<string | number, unknown>;
  let parent = copy;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

const paths = leaves(exampleContact);
// A value of another kind than the one it replaces, so the result is wrong whatever the field.
const otherThanText = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant({}),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.bigInt(),
);
const otherThanNumber = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.bigInt(),
);
const wrongOne = fc.constantFrom(...paths).chain((path) => {
  const original = path.reduce<unknown>(
    (value, part) => (value as Record<string | number, unknown>)[part],
    exampleContact,
  );
  return (typeof original === 'number' ? otherThanNumber : otherThanText).map((value) => ({ path, value }));
});

const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
});
// The shape of a configuration, with anything inside it.
const shaped = fc.record(
  {
    organization: anything,
    url: anything,
    countryCallingCode: anything,
    channels: fc.array(
      fc.record(
        {
          kind: fc.oneof(
            fc.constantFrom('phone', 'chat', 'email', 'form', 'callback', 'visit', 'text-phone', 'sign-language'),
            anything,
          ),
          id: anything,
          label: anything,
          number: anything,
          address: anything,
          href: anything,
          linkText: anything,
          expectedWait: anything,
          languages: fc.oneof(fc.array(anything), anything),
          hours: fc.oneof(
            anything,
            fc.record(
              {
                timeZone: anything,
                weekly: fc.oneof(
                  fc.dictionary(
                    fc.constantFrom('mon', 'tue', 'sun', 'monday'),
                    fc.oneof(fc.array(fc.record({ open: anything, close: anything })), anything),
                  ),
                  anything,
                ),
                exceptions: fc.oneof(
                  fc.array(
                    fc.record(
                      { date: anything, until: anything, intervals: anything, label: anything },
                      { requiredKeys: [] },
                    ),
                  ),
                  anything,
                ),
              },
              { requiredKeys: [] },
            ),
          ),
        },
        { requiredKeys: ['kind'] },
      ),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: [] },
);

const runs = { numRuns: 400 };

describe('contactConfigIssues on generated configurations', () => {
  it('reports a wrong value at its own path, or at the field that holds it', () => {
    fc.assert(
      fc.property(wrongOne, ({ path, value }) => {
        const at = written(path);
        const issues = contactConfigIssues(replaced(exampleContact, path, value));
        expect(
          issues.some(
            (issue) => at === issue.path || at.startsWith(`${issue.path}.`) || at.startsWith(`${issue.path}[`),
          ),
          `${at} = ${String(value)}`,
        ).toBe(true);
      }),
      runs,
    );
  });

  it('answers anything at all with a list of issues, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(anything, shaped), (config) => {
        const issues = contactConfigIssues(config);
        expect(Array.isArray(issues)).toBe(true);
        for (const issue of issues) {
          expect(issue.path).toMatch(/\S/);
          expect(issue.message).toMatch(/\S/);
        }
      }),
      runs,
    );
  });

  it('throws only its own error, which names every problem', () => {
    fc.assert(
      fc.property(fc.oneof(anything, shaped), (config) => {
        let thrown: unknown;
        try {
          validateContactConfig(config);
        } catch (error) {
          thrown = error;
        }
        if (thrown === undefined) return;
        expect(thrown).toBeInstanceOf(ContactConfigError);
        for (const issue of (thrown as ContactConfigError).issues)
          expect((thrown as Error).message).toContain(`- ${issue.path}: ${issue.message}`);
      }),
      runs,
    );
  });
});

// A hand-written mirror of schema/feedback.schema.json for what callers hand to `submit`, so the package needs no
// validator at run time and every message names the field and the fix.
import { FeedbackError } from './errors.js';
import { scrubPersonalData } from './scrub/index.js';
import type { FeedbackInput, FeedbackKind, FeedbackRouting, FeedbackScale } from './types.js';

/** The payload's schema version; bump with the `$id` of the schema. */
export const SCHEMA_VERSION = 1 as const;

/** The score range of every kind that has a score. */
export const SCALES: Readonly<Record<Exclude<FeedbackKind, 'comment'>, Readonly<FeedbackScale>>> = {
  helpful: { min: 0, max: 1 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  nps: { min: 0, max: 10 },
};

export const KINDS: readonly FeedbackKind[] = ['helpful', 'csat', 'ces', 'nps', 'comment'];
export const MAX_COMMENT_LENGTH = 5000;
export const MAX_LABEL_LENGTH = 200;
export const MAX_LIST_ITEMS = 50;
/** BCP 47, loosely: a language subtag and optional subtags. Same pattern as the schema. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Who is checking: the message starts with it. */
type Caller = 'FeedbackClient.submit' | 'createFeedbackClient';

function fail(field: string, message: string, caller: Caller = 'FeedbackClient.submit'): never {
  throw new FeedbackError('invalid-input', `${caller}: \`${field}\` ${message}`);
}

/** A bad value as an error message shows it: short, and without personal data. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    // Error messages end up in logs: they show what was wrong, never the personal data in it.
    const text = scrubPersonalData(value).text;
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  }
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

export function checkLabel(field: string, value: unknown, caller?: Caller): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_LABEL_LENGTH) {
    fail(
      field,
      `must be a non-empty string of at most ${MAX_LABEL_LENGTH} characters, got ${describeValue(value)}.`,
      caller,
    );
  }
}

export function checkList(field: string, value: unknown, caller?: Caller): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.length > MAX_LIST_ITEMS) {
    fail(field, `must be an array of at most ${MAX_LIST_ITEMS} strings, got ${describeValue(value)}.`, caller);
  }
  value.forEach((item: unknown, index) => checkLabel(`${field}[${index}]`, item, caller));
}

/**
 * Throws a `FeedbackError` with code `invalid-input` whose message names the field, when `input` (merged with the
 * client's defaults) would not make a payload the schema accepts.
 */
export function validateInput(
  input: unknown,
  defaults: FeedbackRouting & { locale?: string } = {},
): asserts input is FeedbackInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FeedbackError(
      'invalid-input',
      `FeedbackClient.submit needs an object like { kind: "csat", score: 4, locale: "nb-NO" }, got ${describeValue(input)}.`,
    );
  }
  const value = input as Record<string, unknown>;
  const kind = value.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    fail('kind', `must be one of ${KINDS.map((k) => `"${k}"`).join(', ')}, got ${describeValue(kind)}.`);
  }
  const score = value.score;
  if (kind === 'comment') {
    if (score !== undefined)
      fail('score', `is not allowed for kind "comment"; use kind "helpful", "csat", "ces" or "nps" to send a score.`);
    if (typeof value.comment !== 'string' || value.comment.trim() === '')
      fail('comment', 'must be a non-empty string for kind "comment".');
  } else {
    const { min, max } = SCALES[kind as Exclude<FeedbackKind, 'comment'>];
    if (typeof score !== 'number' || !Number.isInteger(score) || score < min || score > max) {
      fail('score', `must be a whole number from ${min} to ${max} for kind "${kind}", got ${describeValue(score)}.`);
    }
  }
  if (value.comment !== undefined && (typeof value.comment !== 'string' || value.comment.length > MAX_COMMENT_LENGTH)) {
    fail(
      'comment',
      `must be a string of at most ${MAX_COMMENT_LENGTH} characters, got ${typeof value.comment === 'string' ? `${value.comment.length} characters` : describeValue(value.comment)}.`,
    );
  }
  checkList('reasons', value.reasons);
  const locale = value.locale ?? defaults.locale;
  if (typeof locale !== 'string' || !LOCALE_PATTERN.test(locale)) {
    fail(
      'locale',
      `must be a BCP 47 language tag such as "nb-NO" (or set \`defaults.locale\` on the client), got ${describeValue(locale)}.`,
    );
  }
  checkLabel('channel', value.channel);
  checkLabel('journey', value.journey);
  checkLabel('touchpoint', value.touchpoint);
  checkList('teams', value.teams);
  if (value.page !== undefined && typeof value.page !== 'string')
    fail('page', `must be a URL string, got ${describeValue(value.page)}.`);
}

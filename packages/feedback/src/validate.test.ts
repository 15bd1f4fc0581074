import { describe, expect, it } from 'vitest';
import { FeedbackError } from './errors.js';
import { validateInput } from './validate.js';

function messageFor(input: unknown, defaults?: { locale?: string }): string {
  try {
    validateInput(input, defaults);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedbackError);
    expect((error as FeedbackError).code).toBe('invalid-input');
    return (error as Error).message;
  }
  throw new Error('expected validateInput to throw');
}

describe('validateInput', () => {
  it('accepts every kind with a score inside its scale', () => {
    for (const input of [
      { kind: 'helpful', score: 0, locale: 'nb-NO' },
      { kind: 'helpful', score: 1, locale: 'nb-NO' },
      { kind: 'csat', score: 5, locale: 'sv' },
      { kind: 'ces', score: 7, locale: 'fi-FI' },
      { kind: 'nps', score: 0, locale: 'uk-UA', teams: ['web'], reasons: ['slow'], channel: 'web', page: '/x' },
      { kind: 'comment', comment: 'Fint!', locale: 'en-GB' },
    ]) {
      expect(() => validateInput(input)).not.toThrow();
    }
  });

  it('names the field, the rule and what it got when a score is out of range', () => {
    expect(messageFor({ kind: 'csat', score: 9, locale: 'nb-NO' })).toBe(
      'FeedbackClient.submit: `score` must be a whole number from 1 to 5 for kind "csat", got 9.',
    );
    expect(messageFor({ kind: 'nps', score: 7.5, locale: 'nb-NO' })).toContain(
      '`score` must be a whole number from 0 to 10 for kind "nps", got 7.5.',
    );
    expect(messageFor({ kind: 'helpful', locale: 'nb-NO' })).toContain(
      '`score` must be a whole number from 0 to 1 for kind "helpful", got undefined.',
    );
    expect(messageFor({ kind: 'ces', score: '3', locale: 'nb-NO' })).toContain('got "3"');
  });

  it('refuses a score on a comment and a comment kind without text', () => {
    expect(messageFor({ kind: 'comment', score: 3, comment: 'x', locale: 'nb' })).toContain(
      '`score` is not allowed for kind "comment"',
    );
    expect(messageFor({ kind: 'comment', comment: '   ', locale: 'nb' })).toContain(
      '`comment` must be a non-empty string for kind "comment"',
    );
  });

  it('names the field for unknown kinds, bad locales, routing and lists', () => {
    expect(messageFor({ kind: 'stars', score: 3, locale: 'nb' })).toContain(
      '`kind` must be one of "helpful", "csat", "ces", "nps", "comment", got "stars".',
    );
    expect(messageFor({ kind: 'csat', score: 3 })).toContain('`locale` must be a BCP 47 language tag');
    expect(messageFor({ kind: 'csat', score: 3, locale: 'norsk bokmål' })).toContain('`locale`');
    expect(messageFor({ kind: 'csat', score: 3, locale: 'nb', channel: '' })).toContain(
      '`channel` must be a non-empty string',
    );
    expect(messageFor({ kind: 'csat', score: 3, locale: 'nb', teams: ['web', 7] })).toContain(
      '`teams[1]` must be a non-empty string',
    );
    expect(messageFor({ kind: 'csat', score: 3, locale: 'nb', reasons: 'slow' })).toContain(
      '`reasons` must be an array',
    );
    expect(messageFor({ kind: 'csat', score: 3, locale: 'nb', comment: 'x'.repeat(5001) })).toContain(
      '`comment` must be a string of at most 5000 characters, got 5001 characters.',
    );
    expect(messageFor({ kind: 'csat', score: 3, locale: 'nb', page: 42 })).toContain('`page` must be a URL string');
    expect(messageFor('csat')).toContain('FeedbackClient.submit needs an object');
  });

  it('takes the locale from the client defaults when the input has none', () => {
    expect(() => validateInput({ kind: 'csat', score: 3 }, { locale: 'nb-NO' })).not.toThrow();
  });
});

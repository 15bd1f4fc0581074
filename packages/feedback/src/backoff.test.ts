import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff.js';

const retry = { baseDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelay', () => {
  it('doubles each step and keeps the jittered wait between half and all of it', () => {
    for (const [failures, step] of [
      [1, 100],
      [2, 200],
      [3, 400],
      [4, 800],
    ] as const) {
      expect(backoffDelay(failures, retry, () => 0)).toBe(step / 2);
      expect(backoffDelay(failures, retry, () => 0.999_999)).toBe(step);
      for (let i = 0; i < 50; i += 1) {
        const delay = backoffDelay(failures, retry);
        expect(delay).toBeGreaterThanOrEqual(step / 2);
        expect(delay).toBeLessThanOrEqual(step);
      }
    }
  });

  it('never waits longer than maxDelayMs, however many attempts failed', () => {
    expect(backoffDelay(5, retry, () => 0.999_999)).toBe(1000);
    expect(backoffDelay(60, retry, () => 0.999_999)).toBe(1000);
    expect(backoffDelay(5000, retry, () => 0)).toBe(500);
  });

  it('spreads clients that failed together instead of retrying them in step', () => {
    const delays = new Set(Array.from({ length: 20 }, (_, i) => backoffDelay(3, retry, () => i / 20)));
    expect(delays.size).toBe(20);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, in its preferred and obsolete forms', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sunday, 01-Jun-25 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Sun Jun  1 12:00:10 2025', now)).toBe(10_000);
  });

  it('treats a date in the past as "now" and ignores what it cannot read', () => {
    expect(parseRetryAfter('Sat, 31 May 2025 12:00:00 GMT', now)).toBe(0);
    for (const value of [null, undefined, '', 'soon', '-1', '1.5', '+3'])
      expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

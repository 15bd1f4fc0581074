// What createFeedbackClient accepts, and what a failing endpoint hears from it whatever options it accepted.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFeedbackClient, FeedbackError, type FeedbackClient, type FeedbackClientOptions } from './index.js';

const endpoint = 'https://feedback.example/v1/entries';
const okFetch = (async () => new Response(null, { status: 201 })) as typeof fetch;

function create(options: Record<string, unknown>): FeedbackClient {
  const client = createFeedbackClient({ endpoint, fetch: okFetch, ...options } as unknown as FeedbackClientOptions);
  client.close();
  return client;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createFeedbackClient options', () => {
  it.each([
    [
      { endpoint: 'feedback.example.com/v1/entries' },
      '`endpoint` looks like a host without a scheme; write "https://feedback.example.com/v1/entries"',
    ],
    [
      { endpoint: 'javascript:alert(1)' },
      '`endpoint` must be an http(s) URL or a path on this site, got the scheme "javascript:"',
    ],
    [
      { endpoint: 'ftp://feedback.example/v1' },
      '`endpoint` must be an http(s) URL or a path on this site, got the scheme "ftp:"',
    ],
    [{ endpoint: 'https://' }, '`endpoint` is not a valid URL'],
    [
      { retry: { baseDelayMs: 0 } },
      '`retry.baseDelayMs` must be a number of milliseconds from 100 to 2147483647, got 0',
    ],
    [{ retry: { baseDelayMs: -1000 } }, '`retry.baseDelayMs` must be a number of milliseconds from 100'],
    [
      { retry: { baseDelayMs: Number.NaN } },
      '`retry.baseDelayMs` must be a number of milliseconds from 100 to 2147483647, got NaN',
    ],
    [
      { retry: { baseDelayMs: '1000' } },
      '`retry.baseDelayMs` must be a number of milliseconds from 100 to 2147483647, got "1000"',
    ],
    [{ retry: { maxDelayMs: 1000 } }, '`retry.maxDelayMs` must be a number of milliseconds from 5000'],
    [
      { retry: { maxDelayMs: Infinity } },
      '`retry.maxDelayMs` must be a number of milliseconds from 5000 to 2147483647, got Infinity',
    ],
    [{ retry: { requestTimeoutMs: Infinity } }, '`retry.requestTimeoutMs` must be a number of milliseconds from 1000'],
    [{ retry: { requestTimeoutMs: 0 } }, '`retry.requestTimeoutMs` must be a number of milliseconds from 1000'],
    [{ retry: { maxAttempts: 0 } }, '`retry.maxAttempts` must be a whole number of at least 1, or Infinity, got 0'],
    [{ retry: { maxAttempts: 2.5 } }, '`retry.maxAttempts` must be a whole number of at least 1, or Infinity, got 2.5'],
    [{ retry: 5 }, '`retry` must be an object'],
    [{ maxEntries: 0 }, '`maxEntries` must be a whole number of at least 1, got 0'],
    [{ maxEntries: Infinity }, '`maxEntries` must be a whole number of at least 1, got Infinity'],
    [{ storage: 'disk' }, '`storage` must be one of "auto", "indexeddb", "localstorage", "memory", got "disk"'],
    [{ databaseName: ' ' }, '`databaseName` must be a non-empty string'],
    [{ fetch: 'https://feedback.example' }, '`fetch` must be a function'],
    [{ onError: true }, '`onError` must be a function, got true'],
    [
      { defaults: { locale: 'norsk bokmål' } },
      '`defaults.locale` must be a BCP 47 language tag such as "nb-NO", got "norsk bokmål"',
    ],
    [{ defaults: { journey: '' } }, '`defaults.journey` must be a non-empty string of at most 200 characters'],
    [{ defaults: { teams: 'web' } }, '`defaults.teams` must be an array of at most 50 strings'],
    [{ defaults: 'web' }, '`defaults` must be an object'],
  ])('refuses %j with an error that names the option', (options, message) => {
    expect(() => create(options)).toThrow(FeedbackError);
    expect(() => create(options)).toThrow(`createFeedbackClient: ${message}`);
  });

  it('takes the defaults, a relative endpoint and the smallest allowed delays', () => {
    for (const options of [
      {},
      { endpoint: '/api/feedback' },
      { endpoint: 'http://localhost:8080/feedback' },
      { retry: { baseDelayMs: 100, maxDelayMs: 5000, requestTimeoutMs: 1000, maxAttempts: Infinity } },
      {
        retry: { maxAttempts: 3 },
        maxEntries: 1,
        storage: 'memory',
        databaseName: 'x',
        defaults: { locale: 'uk-UA', teams: ['web'] },
      },
    ]) {
      expect(() => create(options), JSON.stringify(options)).not.toThrow();
    }
  });

  it('sends a failing endpoint at most 30 requests a minute, whatever retry options it accepts and however much is queued', async () => {
    const delays = fc.oneof(
      fc.constantFrom(undefined, 0, 1, 10, 50, 99, 100, 1000, 4999, 5000),
      fc.integer({ min: -10, max: 100_000 }),
    );
    await fc.assert(
      fc.asyncProperty(
        delays,
        delays,
        fc.constantFrom(undefined, 1, 2, 5, Infinity),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        async (baseDelayMs, maxDelayMs, maxAttempts, jitter, entries) => {
          vi.useFakeTimers();
          let requests = 0;
          const failing = (async () => {
            requests++;
            return new Response('down', { status: 503 });
          }) as typeof fetch;
          const retry = { baseDelayMs, maxDelayMs, maxAttempts };
          let client: FeedbackClient;
          try {
            client = createFeedbackClient({ endpoint, fetch: failing, retry, random: () => jitter });
          } catch (error) {
            expect(error).toBeInstanceOf(FeedbackError);
            expect((error as Error).message).toMatch(/^createFeedbackClient: `retry\.(baseDelayMs|maxDelayMs)`/);
            vi.useRealTimers();
            return;
          }
          try {
            for (let i = 0; i < entries; i++) {
              // With maxAttempts 1 the first answer can make the entry "failed", which submit reports.
              await client
                .submit({ kind: 'csat', score: 3, locale: 'nb-NO' })
                .catch((error: unknown) => expect(error).toMatchObject({ code: 'failed' }));
            }
            await vi.advanceTimersByTimeAsync(60_000);
            expect(requests).toBeLessThanOrEqual(30);
          } finally {
            client.close();
            vi.useRealTimers();
          }
        },
      ),
      // The worst cases found so far run every time: the shortest delays, no jitter, a few entries.
      {
        numRuns: 40,
        examples: [
          [undefined, 5000, undefined, 0, 2],
          [100, 5000, undefined, 0, 1],
          [100, 5000, undefined, 0, 3],
        ],
      },
    );
  });
});

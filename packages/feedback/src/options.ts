// Checks what `createFeedbackClient` is given, so a typo fails at once with the option named, instead of a client that
// hammers a failing server, never retries, or sends to the wrong place.
import { FeedbackError } from './errors.js';
import type { FeedbackRetryOptions } from './types.js';
import { checkLabel, checkList, describeValue, LOCALE_PATTERN } from './validate.js';

/**
 * The shortest first retry. With equal jitter and doubling, `retry.maxDelayMs` at least `MIN_MAX_DELAY_MS` keeps the
 * retry timer to at most 30 requests a minute against a failing endpoint.
 */
export const MIN_BASE_DELAY_MS = 100;
/** The shortest cap on a backoff step: from then on a failing endpoint hears from the client every 2.5-5 s at most. */
export const MIN_MAX_DELAY_MS = 5000;
/** A request needs this long at least to count as having had a chance. */
export const MIN_REQUEST_TIMEOUT_MS = 1000;
/** The longest delay a timer can wait; longer ones fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

const STORAGE_KINDS = ['auto', 'indexeddb', 'localstorage', 'memory'];
const CALLBACKS = ['fetch', 'onError', 'onStorageFallback', 'onQueueFull', 'onSent', 'now', 'random'] as const;

function fail(option: string, message: string): never {
  throw new FeedbackError('invalid-input', `createFeedbackClient: \`${option}\` ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMilliseconds(option: string, value: unknown, min: number, why: string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_TIMER_MS) {
    fail(
      option,
      `must be a number of milliseconds from ${min} to ${MAX_TIMER_MS}, got ${describeValue(value)}. ${why}`,
    );
  }
}

function checkEndpoint(endpoint: unknown): void {
  if (typeof endpoint !== 'string' || endpoint.trim() === '') {
    throw new FeedbackError(
      'invalid-input',
      'createFeedbackClient needs an `endpoint`: the URL feedback is POSTed to, e.g. "https://feedback.example.com/v1/entries".',
    );
  }
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(endpoint)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    fail('endpoint', `must be an http(s) URL or a path on this site, got the scheme "${scheme}:".`);
  }
  // "feedback.example.com/v1" would be sent to a path of the current page, not to that host.
  const host = /^\s*([^/.?#\s]+\.)+[A-Za-z]{2,}(?=[/:?#]|$)/.exec(endpoint);
  if (scheme === undefined && host)
    fail(
      'endpoint',
      `looks like a host without a scheme; write "https://${endpoint.trim()}", or "/${endpoint.trim()}" for a path on this site.`,
    );
  try {
    new URL(endpoint, 'https://base.invalid/');
  } catch {
    fail('endpoint', `is not a valid URL, got ${describeValue(endpoint)}.`);
  }
}

/** Throws a `FeedbackError` (`invalid-input`) naming the first option that is wrong and how to put it right. */
export function validateClientOptions(options: unknown): void {
  if (!isRecord(options)) {
    throw new FeedbackError(
      'invalid-input',
      `createFeedbackClient needs an options object like { endpoint: "https://feedback.example.com/v1/entries" }, got ${describeValue(options)}.`,
    );
  }
  checkEndpoint(options.endpoint);
  for (const name of CALLBACKS) {
    if (options[name] !== undefined && typeof options[name] !== 'function')
      fail(name, `must be a function, got ${describeValue(options[name])}.`);
  }
  if (options.storage !== undefined && !STORAGE_KINDS.includes(options.storage as string)) {
    fail(
      'storage',
      `must be one of ${STORAGE_KINDS.map((kind) => `"${kind}"`).join(', ')}, got ${describeValue(options.storage)}.`,
    );
  }
  if (
    options.databaseName !== undefined &&
    (typeof options.databaseName !== 'string' || options.databaseName.trim() === '')
  ) {
    fail('databaseName', `must be a non-empty string, got ${describeValue(options.databaseName)}.`);
  }
  const { maxEntries } = options;
  if (maxEntries !== undefined && (typeof maxEntries !== 'number' || !Number.isInteger(maxEntries) || maxEntries < 1)) {
    fail('maxEntries', `must be a whole number of at least 1, got ${describeValue(maxEntries)}.`);
  }
  const { retry, defaults } = options;
  if (retry !== undefined) {
    if (!isRecord(retry))
      fail('retry', `must be an object like { baseDelayMs: 1000, maxDelayMs: 300000 }, got ${describeValue(retry)}.`);
    checkMilliseconds(
      'retry.baseDelayMs',
      retry.baseDelayMs,
      MIN_BASE_DELAY_MS,
      'Shorter waits would send a failing server a request every few milliseconds.',
    );
    checkMilliseconds(
      'retry.maxDelayMs',
      retry.maxDelayMs,
      MIN_MAX_DELAY_MS,
      'A lower cap would keep retrying a failing server several times a second.',
    );
    checkMilliseconds(
      'retry.requestTimeoutMs',
      retry.requestTimeoutMs,
      MIN_REQUEST_TIMEOUT_MS,
      'A request needs time to be answered.',
    );
    const { maxAttempts } = retry;
    if (
      maxAttempts !== undefined &&
      maxAttempts !== Infinity &&
      (typeof maxAttempts !== 'number' || !Number.isInteger(maxAttempts) || maxAttempts < 1)
    ) {
      fail(
        'retry.maxAttempts',
        `must be a whole number of at least 1, or Infinity, got ${describeValue(maxAttempts)}.`,
      );
    }
  }
  if (defaults !== undefined) {
    if (!isRecord(defaults))
      fail('defaults', `must be an object like { locale: "nb-NO", channel: "web" }, got ${describeValue(defaults)}.`);
    for (const field of ['channel', 'journey', 'touchpoint'] as const)
      checkLabel(`defaults.${field}`, defaults[field], 'createFeedbackClient');
    checkList('defaults.teams', defaults.teams, 'createFeedbackClient');
    if (
      defaults.locale !== undefined &&
      (typeof defaults.locale !== 'string' || !LOCALE_PATTERN.test(defaults.locale))
    ) {
      fail('defaults.locale', `must be a BCP 47 language tag such as "nb-NO", got ${describeValue(defaults.locale)}.`);
    }
  }
}

/** The retry settings with defaults where an option is left out or `undefined` (a spread would keep the `undefined`). */
export function resolveRetryOptions(retry: FeedbackRetryOptions = {}): Required<FeedbackRetryOptions> {
  return {
    baseDelayMs: retry.baseDelayMs ?? 1000,
    maxDelayMs: retry.maxDelayMs ?? 300_000,
    maxAttempts: retry.maxAttempts ?? Infinity,
    requestTimeoutMs: retry.requestTimeoutMs ?? 15_000,
  };
}

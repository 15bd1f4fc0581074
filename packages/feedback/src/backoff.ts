/** The backoff settings `backoffDelay` reads. */
export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * How long to wait after the `failures`-th failed attempt: exponential (`base * 2^(failures - 1)`, capped at
 * `maxDelayMs`) with "equal jitter", so the wait lies between half and all of that step. Jitter spreads the retries
 * of many clients that failed together; the floor keeps each one from retrying at once.
 */
export function backoffDelay(failures: number, options: BackoffOptions, random: () => number = Math.random): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * Milliseconds a `Retry-After` header asks for: delay-seconds ("120") or an HTTP date (relative to `now`, never
 * negative). `undefined` when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date starts with a day name ("Wed, 21 Oct 2015 07:28:00 GMT", or an obsolete form); "1.5" or "-1" is
  // neither form, whatever Date.parse would make of it.
  if (!/^[A-Za-z]{3}/.test(trimmed)) return undefined;
  // HTTP dates are always GMT, also the asctime form that does not say so.
  const at = Date.parse(/GMT$/.test(trimmed) ? trimmed : `${trimmed} GMT`);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

import type { FeedbackPayload, QueuedEntry } from './types.js';

/** Why a `FeedbackError` was raised. */
export type FeedbackErrorCode =
  /** `submit` was called with something the schema does not allow; the message names the field. */
  | 'invalid-input'
  /** The queue holds `maxEntries` and the server could not take the new entry directly; it was not stored. */
  | 'queue-full'
  /** The server answered with a 4xx that is not worth retrying; the entry is kept as `rejected`. */
  | 'rejected'
  /** `retry.maxAttempts` ran out; the entry is kept as `failed`. */
  | 'failed'
  /** The queue's storage failed to read or write. */
  | 'storage'
  /** The client was used after `close()`. */
  | 'closed';

/** The one error type the feedback client raises and reports through `onError`. */
export class FeedbackError extends Error {
  override name = 'FeedbackError';
  readonly code: FeedbackErrorCode;
  /** The entry it is about, when there is one (also for `queue-full`, which never stores it). */
  readonly payload: FeedbackPayload | undefined;
  /** The queued entry as it now stands (`rejected`, `failed`). */
  readonly entry: QueuedEntry | undefined;
  /** The HTTP status for `rejected`/`failed`; 0 for a network error. */
  readonly status: number | undefined;
  /** The server's response body for `rejected`/`failed`, cut to 2000 characters. */
  readonly responseText: string | undefined;

  constructor(
    code: FeedbackErrorCode,
    message: string,
    details: {
      payload?: FeedbackPayload;
      entry?: QueuedEntry;
      status?: number;
      responseText?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.payload = details.payload ?? details.entry?.payload;
    this.entry = details.entry;
    this.status = details.status;
    this.responseText = details.responseText;
  }
}

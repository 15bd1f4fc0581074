import { FeedbackError } from './errors.js';
import { scrubPersonalData } from './scrub/index.js';
import type { FeedbackInput, FeedbackKind, FeedbackPayload, FeedbackRouting } from './types.js';
import { MAX_COMMENT_LENGTH, SCALES, SCHEMA_VERSION } from './validate.js';

export interface BuildPayloadOptions {
  defaults?: FeedbackRouting & { locale?: string };
  /** Epoch milliseconds. */
  now: number;
  id: string;
  /** The page to use when the input names none, and the base a relative `page` resolves against. */
  locationHref?: string;
}

/**
 * The page as sent: absolute, with no query string, hash or credentials (they carry search terms, tokens and
 * e-mail addresses), and personal data scrubbed from the path.
 */
export function cleanPage(page: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(page, base);
  } catch {
    throw new FeedbackError('invalid-input', `FeedbackClient.submit: \`page\` must be an absolute URL (or relative to the current page), got ${JSON.stringify(page)}.`);
  }
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: scrub the path as it stands.
  }
  const scrubbed = scrubPersonalData(path).text;
  if (scrubbed !== path) url.pathname = scrubbed;
  return url.href;
}

/** Builds the payload that is stored and sent. Expects input that `validateInput` accepted. */
export function buildPayload(input: FeedbackInput, options: BuildPayloadOptions): FeedbackPayload {
  const defaults = options.defaults ?? {};
  const payload: FeedbackPayload = {
    id: options.id,
    kind: input.kind,
    locale: input.locale ?? defaults.locale ?? '',
    teams: [...(input.teams ?? defaults.teams ?? [])],
    createdAt: new Date(options.now).toISOString(),
    schemaVersion: SCHEMA_VERSION,
  };
  if (input.kind !== 'comment') {
    payload.score = input.score;
    payload.scale = { ...SCALES[input.kind as Exclude<FeedbackKind, 'comment'>] };
  }
  if (input.comment !== undefined) {
    const comment = scrubPersonalData(input.comment).text;
    if (comment.length > MAX_COMMENT_LENGTH) {
      throw new FeedbackError('invalid-input', `FeedbackClient.submit: \`comment\` must be at most ${MAX_COMMENT_LENGTH} characters once personal data is masked, got ${comment.length}.`);
    }
    payload.comment = comment;
  }
  if (input.reasons !== undefined) payload.reasons = [...input.reasons];
  for (const field of ['channel', 'journey', 'touchpoint'] as const) {
    const value = input[field] ?? defaults[field];
    if (value !== undefined) payload[field] = value;
  }
  const page = input.page ?? options.locationHref;
  if (page !== undefined) payload.page = cleanPage(page, options.locationHref);
  return payload;
}

/** A random UUID v4: `crypto.randomUUID` where there is one (secure contexts), `getRandomValues` otherwise. */
export function newEntryId(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  cryptoApi.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

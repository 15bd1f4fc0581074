import { FeedbackError } from './errors.js';
import { scrubPersonalData } from './scrub/index.js';
import type { FeedbackInput, FeedbackKind, FeedbackPayload, FeedbackRouting } from './types.js';
import { MAX_COMMENT_LENGTH, MAX_LABEL_LENGTH, SCALES, SCHEMA_VERSION } from './validate.js';

/** The longest page path kept; cut before scrubbing, so a huge URL costs no more to scrub than this. */
export const MAX_PAGE_PATH_LENGTH = 1024;

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
 * e-mail addresses), the path cut to `MAX_PAGE_PATH_LENGTH` and personal data scrubbed from it.
 */
export function cleanPage(page: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(page, base);
  } catch {
    throw new FeedbackError(
      'invalid-input',
      `FeedbackClient.submit: \`page\` must be an absolute URL (or relative to the current page), got ${JSON.stringify(page)}.`,
    );
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
  // Cut at a "/", so an identifier is never cut in half and left partly readable.
  const capped =
    path.length > MAX_PAGE_PATH_LENGTH ? path.slice(0, path.lastIndexOf('/', MAX_PAGE_PATH_LENGTH) + 1) : path;
  const scrubbed = scrubPersonalData(capped).text;
  if (scrubbed !== path) url.pathname = scrubbed;
  return url.href;
}

/** `value` with personal data masked, refused when the placeholders make it longer than the schema allows. */
function scrubField(field: string, value: string, maxLength: number): string {
  const text = scrubPersonalData(value).text;
  if (text.length > maxLength) {
    throw new FeedbackError(
      'invalid-input',
      `FeedbackClient.submit: \`${field}\` must be at most ${maxLength} characters once personal data is masked, got ${text.length}.`,
    );
  }
  return text;
}

/**
 * Builds the payload that is stored and sent, with personal data masked in every free-text field. Expects input that
 * `validateInput` accepted.
 */
export function buildPayload(input: FeedbackInput, options: BuildPayloadOptions): FeedbackPayload {
  const defaults = options.defaults ?? {};
  const payload: FeedbackPayload = {
    id: options.id,
    kind: input.kind,
    locale: input.locale ?? defaults.locale ?? '',
    teams: (input.teams ?? defaults.teams ?? []).map((team, index) =>
      scrubField(`teams[${index}]`, team, MAX_LABEL_LENGTH),
    ),
    createdAt: new Date(options.now).toISOString(),
    schemaVersion: SCHEMA_VERSION,
  };
  if (input.kind !== 'comment') {
    payload.score = input.score;
    payload.scale = { ...SCALES[input.kind as Exclude<FeedbackKind, 'comment'>] };
  }
  // A language tag has no room for a placeholder: one that carries personal data is a mistake to refuse.
  if (scrubPersonalData(payload.locale).found.length > 0) {
    throw new FeedbackError(
      'invalid-input',
      'FeedbackClient.submit: `locale` must be a language tag such as "nb-NO", but it holds personal data (a number or an address).',
    );
  }
  if (input.comment !== undefined) payload.comment = scrubField('comment', input.comment, MAX_COMMENT_LENGTH);
  if (input.reasons !== undefined)
    payload.reasons = input.reasons.map((reason, index) => scrubField(`reasons[${index}]`, reason, MAX_LABEL_LENGTH));
  for (const field of ['channel', 'journey', 'touchpoint'] as const) {
    const value = input[field] ?? defaults[field];
    if (value !== undefined) payload[field] = scrubField(field, value, MAX_LABEL_LENGTH);
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

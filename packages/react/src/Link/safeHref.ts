/** The schemes a link may use: the web, e-mail, phone and text messages. Any other can run script or open files. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

// Only the scheme matters here; relative links resolve against this and so count as https.
const BASE = 'https://samspill.invalid/';

/**
 * True for a link that is safe to follow wherever it came from: a path, an anchor, a query, or an http(s),
 * `mailto:`, `tel:` or `sms:` URL. `javascript:`, `data:`, `vbscript:`, `file:` and every other scheme are refused,
 * however they are written (upper case, spaces or control characters before or inside the scheme), because
 * browsers read them that way too.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  try {
    return SAFE_SCHEMES.has(new URL(href, BASE).protocol);
  } catch {
    return false;
  }
}

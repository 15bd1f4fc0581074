/** One part of the full legal text. */
export interface LegalSection {
  heading?: string;
  /** Paragraphs separated by blank lines. */
  text: string;
}

/** The content of a legal notice: what a customer reads and, with `TermsAcceptance`, accepts. */
export interface LegalNoticeContent {
  /** A stable id for the notice, e.g. "privacy" or "terms-of-service". */
  noticeId: string;
  /** The notice's name, e.g. "Privacy notice". */
  title: string;
  /** The version a customer accepts, e.g. "2.1". */
  version: string;
  /** When this version takes effect, as an ISO date (YYYY-MM-DD). */
  effectiveDate: string;
  /** "In short": two or three plain sentences on what the notice means for the customer. */
  summary: string;
  /** "What this means for you": the points a customer should remember. */
  keyPoints?: string[];
  /** The full legal text, section by section. */
  fullText: LegalSection[];
  /** What changed since `previousVersion`, in plain words. */
  changes?: string[];
  /** The version the changes are measured against. */
  previousVersion?: string;
}

/** Refuses content a customer could be misled by, naming the prop and the fix. Used in development. */
export function validateNotice(notice: LegalNoticeContent, component: string): void {
  const fail = (message: string) => {
    throw new Error(`${component}: ${message}`);
  };
  if (typeof notice.summary !== 'string' || notice.summary.trim() === '') {
    fail(
      'needs a `summary`: two or three plain sentences on what the notice means for the customer. The summary comes first.',
    );
  }
  if (
    !Array.isArray(notice.fullText) ||
    notice.fullText.length === 0 ||
    notice.fullText.every((section) => !section.text?.trim())
  ) {
    fail('needs a non-empty `fullText`: the legal text must stay one step away, not be left out.');
  }
  if (typeof notice.version !== 'string' || notice.version.trim() === '') {
    fail(`needs \`version\` as a non-empty string (for example "2.1"); got ${JSON.stringify(notice.version)}.`);
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(notice.effectiveDate ?? '');
  const parsed = date ? new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))) : undefined;
  if (!parsed || parsed.getUTCDate() !== Number(date![3]) || parsed.getUTCMonth() !== Number(date![2]) - 1) {
    fail(`needs \`effectiveDate\` as a real date in the form YYYY-MM-DD; got ${JSON.stringify(notice.effectiveDate)}.`);
  }
  if (typeof notice.noticeId !== 'string' || notice.noticeId.trim() === '') {
    fail('needs a `noticeId`, a stable id such as "privacy", so an acceptance can be traced to the notice.');
  }
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The text a content hash is taken of: every part a customer reads, in order, with whitespace made uniform and
 * Unicode normalised (NFC), so reformatting does not change the hash but changing a word does.
 */
export function canonicalNoticeText(notice: LegalNoticeContent): string {
  return [
    `notice:${normalise(notice.noticeId)}`,
    `version:${normalise(notice.version)}`,
    `effective:${notice.effectiveDate}`,
    `title:${normalise(notice.title)}`,
    `summary:${normalise(notice.summary)}`,
    ...(notice.keyPoints ?? []).map((point) => `point:${normalise(point)}`),
    ...notice.fullText.flatMap((section) => [
      ...(section.heading ? [`heading:${normalise(section.heading)}`] : []),
      ...section.text.split(/\n\s*\n/).map((paragraph) => `text:${normalise(paragraph)}`),
    ]),
  ].join('\n');
}

/**
 * The SHA-256 (hex) of the canonical text, with Web Crypto, so a team can prove which text was accepted. Rejects
 * with an error saying why when the page has no Web Crypto: browsers give it only to https pages and localhost.
 */
export async function hashNotice(notice: LegalNoticeContent): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new Error(
      'hashNotice needs Web Crypto (crypto.subtle), which browsers give only to pages served over https or from localhost: serve the page over https.',
    );
  }
  const bytes = new TextEncoder().encode(canonicalNoticeText(notice));
  const digest = await subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

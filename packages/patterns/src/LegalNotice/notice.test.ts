import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalNoticeText, hashNotice, validateNotice, type LegalNoticeContent } from './notice.js';
import { summaryReadabilityWarning } from './readability.js';

const notice: LegalNoticeContent = {
  noticeId: 'privacy',
  title: 'Privacy notice',
  version: '2.0',
  effectiveDate: '2026-12-01',
  summary: 'We use your data to deliver power and send bills. We never sell it.',
  keyPoints: ['You can see your data at any time.'],
  fullText: [
    { heading: '1. Purpose', text: 'We process data to fulfil the contract.\n\nWe keep bills for five years.' },
  ],
};

describe('legal notice content', () => {
  it('hashes the canonical text with SHA-256, as any other SHA-256 implementation would', async () => {
    const expected = createHash('sha256').update(canonicalNoticeText(notice), 'utf8').digest('hex');
    expect(await hashNotice(notice)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the hash when only whitespace changes, and changes it when a word changes', async () => {
    const original = await hashNotice(notice);
    const reflowed = {
      ...notice,
      summary: '  We use your data to deliver power\n and send bills.   We never sell it. ',
    };
    expect(await hashNotice(reflowed)).toBe(original);
    expect(await hashNotice({ ...notice, summary: notice.summary.replace('never', 'rarely') })).not.toBe(original);
    expect(await hashNotice({ ...notice, version: '2.1' })).not.toBe(original);
  });

  it.each([
    [{ summary: '' }, 'LegalNotice: needs a `summary`'],
    [{ fullText: [] }, 'LegalNotice: needs a non-empty `fullText`'],
    [{ fullText: [{ text: '  ' }] }, 'LegalNotice: needs a non-empty `fullText`'],
    [
      { effectiveDate: '2026-02-30' },
      'LegalNotice: needs `effectiveDate` as a real date in the form YYYY-MM-DD; got "2026-02-30".',
    ],
    [{ effectiveDate: '1 Dec 2026' }, 'got "1 Dec 2026"'],
    [
      { version: 2 as unknown as string },
      'LegalNotice: needs `version` as a non-empty string (for example "2.1"); got 2.',
    ],
  ])('refuses bad input with a message naming the prop: %j', (change, message) => {
    expect(() => validateNotice({ ...notice, ...change }, 'LegalNotice')).toThrow(message);
  });

  it('names the summary sentences above the locale threshold, and stays quiet for plain ones', () => {
    expect(summaryReadabilityWarning('privacy', notice.summary, 'en')).toBeUndefined();
    const dense =
      'We use your data. Notwithstanding contractual stipulations, personal information processing necessitates documentation regarding legitimate interests.';
    const warning = summaryReadabilityWarning('privacy', dense, 'en')!;
    expect(warning).toMatch(/^LegalNotice "privacy": the summary has a LIX of [\d.]+, above 40, the limit for "en"/);
    expect(warning).toContain('"Notwithstanding contractual stipulations');
    expect(warning).not.toContain('"We use your data."');
  });
});

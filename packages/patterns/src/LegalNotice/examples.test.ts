import { describe, expect, it } from 'vitest';
import { exampleNotices } from './examples.js';
import { validateNotice } from './notice.js';
import { summaryReadabilityWarning } from './readability.js';

const all = Object.values(exampleNotices).flatMap((byLocale) => Object.entries(byLocale));

describe('example notices', () => {
  it.each(all)('%s: is valid and its summary stays under the locale LIX threshold', (locale, notice) => {
    expect(() => validateNotice(notice, 'LegalNotice')).not.toThrow();
    expect(summaryReadabilityWarning(notice.noticeId, notice.summary, locale)).toBeUndefined();
  });
});

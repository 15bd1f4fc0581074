'use client';
import { forwardRef, useEffect, useId, type HTMLAttributes, type ReactNode } from 'react';
import { part } from '@samspill/react';
import { Disclosure, useLocale, useMessages, type HeadingLevel, type Messages } from '@samspill/react';
import { HelpTarget } from '../HelpLink/HelpTarget.js';
import { devWarnRenamed } from '../internal/renamed.js';
import { en } from '../locales/en.js';
import { formattingLocale } from '../locales/intl.js';
import { validateNotice, type LegalNoticeContent } from './notice.js';
import { summaryReadabilityWarning } from './readability.js';

export interface LegalNoticeProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** What the notice says: summary, key points, full text, version and changes. */
  notice: LegalNoticeContent;
  /** The level of the notice's title; its parts take the levels below, so the outline stays correct anywhere.
   * @default 2 */
  headingLevel?: HeadingLevel;
  /** Where to ask about the notice, under "Questions?": a URL (shown as Samspill's help link) or your own element,
   * e.g. a contact option. */
  help?: ReactNode;
  /** @deprecated Renamed `help`; `contact` is removed in the next minor version. */
  contact?: ReactNode;
  /** Overrides for the pattern's built-in strings. */
  strings?: Partial<Messages>;
}

const Root = part('section', 'samspill-legal-notice');

const heading = (level: number) => `h${Math.min(level, 6) as HeadingLevel}` as const;

/** ISO date -> the reader's long date; read as UTC so server and browser agree. */
function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * A legal notice that leads with what it means for the customer: a plain summary, the key points and what changed,
 * with the full legal text one step away (and complete when printed), and where to ask.
 */
export const LegalNotice = forwardRef<HTMLElement, LegalNoticeProps>(function LegalNotice(
  { notice, headingLevel = 2, help, contact, strings, ...rest },
  ref,
) {
  if (process.env.NODE_ENV !== 'production') validateNotice(notice, 'LegalNotice');
  if (contact !== undefined) devWarnRenamed('LegalNotice', 'contact', 'help');
  const questions = help ?? contact;
  const t = useMessages(strings, en);
  const locale = useLocale();
  const titleId = useId();
  const Title = heading(headingLevel);
  const Part = heading(headingLevel + 1);
  const Section = heading(headingLevel + 2);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') {
      const warning = summaryReadabilityWarning(notice.noticeId, notice.summary, locale);
      if (warning) console.warn(warning);
    }
  }, [notice.noticeId, notice.summary, locale]);

  return (
    <Root ref={ref} aria-labelledby={titleId} data-notice-id={notice.noticeId} {...rest}>
      <Title id={titleId} data-part="title">
        {notice.title}
      </Title>
      <p data-part="meta">
        {t('legalNotice.version', { version: notice.version, date: formatDate(notice.effectiveDate, locale) })}
      </p>
      <Part>{t('legalNotice.inShort')}</Part>
      {notice.summary.split(/\n\s*\n/).map((paragraph) => (
        <p key={paragraph} data-part="summary">
          {paragraph}
        </p>
      ))}
      {notice.keyPoints && notice.keyPoints.length > 0 && (
        <>
          <Part>{t('legalNotice.whatItMeans')}</Part>
          <ul>
            {notice.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      )}
      {notice.changes && notice.changes.length > 0 && (
        <>
          <Part>
            {notice.previousVersion
              ? t('legalNotice.changes', { version: notice.previousVersion })
              : t('legalNotice.changesFirst')}
          </Part>
          <ul>
            {notice.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      )}
      <Disclosure title={t('legalNotice.fullText')} data-part="full-text">
        {notice.fullText.map((section, index) => (
          <div key={section.heading ?? index}>
            {section.heading && <Section>{section.heading}</Section>}
            {section.text.split(/\n\s*\n/).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        ))}
      </Disclosure>
      {questions && (
        <>
          <Part>{t('legalNotice.questions')}</Part>
          <div>
            <HelpTarget help={questions} strings={strings} />
          </div>
        </>
      )}
    </Root>
  );
});

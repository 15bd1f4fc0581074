'use client';
import { forwardRef, useId, useRef, useState, type FormEvent, type FormHTMLAttributes, type ReactNode } from 'react';
import { part } from '@samspill/react';
import { Alert, Button, Checkbox, useAnnounce, useLocale, useMessages, type Messages } from '@samspill/react';
import { en } from '../locales/en.js';
import { hashNotice, validateNotice, type LegalNoticeContent } from '../LegalNotice/notice.js';
import { toClock, type ClockProp } from '../contact/useNow.js';
import { HelpTarget } from '../HelpLink/HelpTarget.js';
import { devWarnRenamed } from '../internal/renamed.js';

/** What a team stores to prove which text a customer accepted, and when. */
export interface AcceptanceRecord {
  noticeId: string;
  version: string;
  /** SHA-256 (hex) of the notice's canonical text: see `canonicalNoticeText`. */
  contentHash: string;
  /** ISO 8601 instant. */
  acceptedAt: string;
  locale: string;
}

export interface TermsAcceptanceProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** The notice being accepted; its summary is shown beside the checkbox. */
  notice: LegalNoticeContent;
  /**
   * Called once the customer has ticked the box and submitted. If it rejects, the customer is told that nothing was
   * recorded and can try again; the form stays as it was.
   */
  onAccept: (record: AcceptanceRecord) => void | Promise<void>;
  /** Where to read the full notice or ask about it, shown after the summary: a URL (shown as Samspill's help
   * link) or your own element, e.g. a link to the LegalNotice. */
  help?: ReactNode;
  /** @deprecated Renamed `help`; `readMore` is removed in the next minor version. */
  readMore?: ReactNode;
  /** Other fields of the form, kept as the user left them whatever happens. */
  children?: ReactNode;
  /** Overrides for the pattern's built-in strings. */
  strings?: Partial<Messages>;
  /** The clock that stamps `acceptedAt`; `() => fixed` for tests.
   * @default the system clock */
  now?: ClockProp;
}

const Form = part('form', 'samspill-terms-acceptance');

/**
 * An unticked checkbox with the notice's summary beside it. Accepting hands a record with the version and the
 * SHA-256 of the notice text to `onAccept`; submitting without accepting shows an error on the checkbox. When the
 * record cannot be made or stored, the customer is told and can try again.
 */
export const TermsAcceptance = forwardRef<HTMLFormElement, TermsAcceptanceProps>(function TermsAcceptance(
  { notice, onAccept, help, readMore, children, strings, now: clock, ...rest },
  ref,
) {
  if (process.env.NODE_ENV !== 'production') validateNotice(notice, 'TermsAcceptance');
  if (readMore !== undefined) devWarnRenamed('TermsAcceptance', 'readMore', 'help');
  const now = toClock(clock, 'TermsAcceptance');
  const t = useMessages(strings, en);
  const locale = useLocale();
  const announce = useAnnounce();
  const checkboxId = useId();
  const summaryId = useId();
  const checkbox = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const title = notice.title.toLocaleLowerCase(locale);

  async function submit(event: FormEvent<HTMLFormElement>) {
    // Never let the browser reload the page: what the user entered must survive an error.
    event.preventDefault();
    if (!checkbox.current?.checked) {
      setError(t('terms.required', { title }));
      checkbox.current?.focus();
      return;
    }
    if (busy) return;
    setError(undefined);
    setBusy(true);
    try {
      const record: AcceptanceRecord = {
        noticeId: notice.noticeId,
        version: notice.version,
        contentHash: await hashNotice(notice),
        acceptedAt: now().toISOString(),
        locale,
      };
      await onAccept(record);
      setFailed(false);
      announce(t('terms.accepted', { version: notice.version }));
    } catch (cause) {
      // No hash (a page on plain http has no Web Crypto) or a store that failed: nothing counts as accepted.
      if (process.env.NODE_ENV !== 'production')
        console.error('TermsAcceptance: the acceptance was not recorded.', cause);
      setFailed(true);
      // Said urgently on every failure: a retry that fails again must be heard again.
      announce(`${t('terms.failedTitle')}. ${t('terms.failed')}`, 'urgent');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form ref={ref} noValidate onSubmit={submit} {...rest}>
      {children}
      <p id={summaryId} className="samspill-notice" data-part="summary">
        {notice.summary}
      </p>
      <HelpTarget help={help ?? readMore} strings={strings} />
      <Checkbox
        ref={checkbox}
        id={checkboxId}
        name={`accept-${notice.noticeId}`}
        label={t('terms.accept', { title })}
        aria-describedby={summaryId}
        error={error}
        onChange={() => setError(undefined)}
      />
      {failed && (
        <Alert tone="danger" urgency="static" title={t('terms.failedTitle')}>
          <p>{t('terms.failed')}</p>
        </Alert>
      )}
      <div>
        <Button type="submit" loading={busy}>
          {t('terms.submit')}
        </Button>
      </div>
    </Form>
  );
});

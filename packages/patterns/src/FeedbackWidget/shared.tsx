'use client';
import { useCallback, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { part } from '@samspill/react';
import { Alert, Heading, Textarea, useAnnounce, useLocale, type HeadingLevel, type Translate } from '@samspill/react';
import type { FeedbackInput, FeedbackRouting, FeedbackSender, SubmitResult } from '@samspill/feedback';
import { formattingLocale } from '../locales/intl.js';

/** Props both feedback widgets share: where the answer goes, who should see it, and what happens after. */
export interface FeedbackWidgetProps extends FeedbackRouting {
  /** Sends the answer: a `FeedbackClient` from `createFeedbackClient`, or anything with a `submit` method. */
  client: FeedbackSender;
  /** The page the answer is about. The client removes the query string and hash.
   * @default the client's default, `location.href` */
  page?: string;
  /** The level of the question heading, and of the thank-you heading that takes its place.
   * @default 2 */
  headingLevel?: HeadingLevel;
  /** The most characters the free text takes; going over is shown, never cut off, and stops sending.
   * @default 1000 */
  characterLimit?: number;
  /** Called once the client has taken the answer: `status` is `'queued'` when it will be sent later. */
  onSubmitted?: (result: SubmitResult) => void;
  /** Extra class names for the widget's root element. */
  className?: string;
}

/** The answer without what the widget adds itself: routing, page and locale. */
export type Answer = Pick<FeedbackInput, 'kind' | 'score' | 'comment' | 'reasons'>;

export type Phase = 'answering' | 'sending' | 'failed' | 'sent';

/** Refuses, in development, a widget that could never send what the customer answered. */
export function devCheckClient(component: string, client: FeedbackSender | undefined): void {
  if (process.env.NODE_ENV !== 'production' && typeof client?.submit !== 'function') {
    throw new Error(
      `${component} needs a \`client\` with a \`submit\` method (a FeedbackSender, e.g. from createFeedbackClient) so the answer can be sent.`,
    );
  }
}

/**
 * Sends one answer with the routing context and the provider's locale, at most once at a time. A rejection keeps
 * the widget as it was and is said at once; success is announced and handed to `onSubmitted`.
 */
export function useFeedbackSubmission(
  {
    client,
    channel,
    journey,
    touchpoint,
    teams,
    page,
    onSubmitted,
  }: Pick<FeedbackWidgetProps, 'client' | 'page' | 'onSubmitted' | keyof FeedbackRouting>,
  t: Translate,
) {
  const locale = useLocale();
  const announce = useAnnounce();
  const [phase, setPhase] = useState<Phase>('answering');
  const [result, setResult] = useState<SubmitResult>();
  // A ref, not state: a second click can arrive before React has re-rendered the busy button.
  const busy = useRef(false);

  const send = useCallback(
    async (answer: Answer) => {
      if (busy.current) return;
      busy.current = true;
      setPhase('sending');
      try {
        const submitted = await client.submit({ ...answer, locale, channel, journey, touchpoint, teams, page });
        setResult(submitted);
        setPhase('sent');
        onSubmitted?.(submitted);
      } catch {
        setPhase('failed');
        // Said urgently on every failure: a retry that fails again must be heard again.
        announce(`${t('feedback.failed.title')}. ${t('feedback.failed.body')}`, 'urgent');
      } finally {
        busy.current = false;
      }
    },
    [client, channel, journey, touchpoint, teams, page, locale, announce, onSubmitted, t],
  );

  return { phase, result, send };
}

export const WidgetRoot = part('div', 'samspill-feedback-widget');

/** Takes the widget's place once the answer is in: gets focus, so keyboard users are not left on a removed button. */
export function ThankYou({
  result,
  headingLevel,
  t,
  className,
  rootRef,
}: {
  result: SubmitResult;
  headingLevel: HeadingLevel;
  t: Translate;
  className?: string;
  rootRef?: Ref<HTMLDivElement>;
}) {
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const body = t(result.status === 'queued' ? 'feedback.thanks.queued' : 'feedback.thanks.sent');
  const title = t('feedback.thanks.title');
  // On mount, not when the answer resolves: after the busy button's "Sending" message, so this is what is heard last.
  useEffect(() => {
    heading.current?.focus();
    announce(`${title}. ${body}`);
  }, [announce, title, body]);
  return (
    <WidgetRoot ref={rootRef} className={className} data-state={result.status}>
      <Heading ref={heading} level={headingLevel} size="small" tabIndex={-1}>
        {title}
      </Heading>
      <p>{body}</p>
    </WidgetRoot>
  );
}

/** The failure, shown where the customer is looking; everything they entered stays. */
export function SendFailed({
  t,
  headingLevel,
  children,
}: {
  t: Translate;
  headingLevel: HeadingLevel;
  children?: ReactNode;
}) {
  return (
    <Alert
      tone="danger"
      urgency="static"
      title={t('feedback.failed.title')}
      headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel}
    >
      <p>{t('feedback.failed.body')}</p>
      {children}
    </Alert>
  );
}

/**
 * The free text's state: what was typed, its error, and `check()` for submit, which shows the error when the
 * text is too long and says whether it fits. `field` goes straight onto `CommentField`.
 */
export function useComment(characterLimit: number, t: Translate) {
  const locale = useLocale();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const onValueChange = (next: string) => {
    setValue(next);
    if (next.length <= characterLimit) setError(undefined);
  };
  const check = (): boolean => {
    const fits = value.length <= characterLimit;
    setError(
      fits
        ? undefined
        : t('feedback.commentTooLong', {
            limit: new Intl.NumberFormat(formattingLocale(locale)).format(characterLimit),
          }),
    );
    return fits;
  };
  /** What was typed, trimmed; undefined when nothing was. */
  const text = value.trim() === '' ? undefined : value.trim();
  return {
    text,
    check,
    focus: () => inputRef.current?.focus(),
    field: { inputRef, value, onValueChange, characterLimit, error },
  };
}

/** The free text: the privacy hint and the character count come with it. */
export function CommentField({
  label,
  value,
  onValueChange,
  characterLimit,
  error,
  inputRef,
  t,
}: {
  label: string;
  inputRef?: Ref<HTMLTextAreaElement>;
  value: string;
  onValueChange: (value: string) => void;
  characterLimit: number;
  error?: string | undefined;
  t: Translate;
}) {
  return (
    <Textarea
      ref={inputRef}
      name="comment"
      label={label}
      hint={t('feedback.privacy')}
      characterLimit={characterLimit}
      value={value}
      onValueChange={onValueChange}
      error={error}
      rows={4}
    />
  );
}

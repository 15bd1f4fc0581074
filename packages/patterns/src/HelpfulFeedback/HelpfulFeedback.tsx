'use client';
import { forwardRef, useEffect, useId, useRef, useState, type FormEvent, type HTMLAttributes } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  localize,
  useLocale,
  useMessages,
  type LocalizedText,
  type Messages,
  type MessageKey,
} from '@samspill/react';
import { en } from '../locales/en.js';
import {
  CommentField,
  SendFailed,
  ThankYou,
  WidgetRoot,
  devCheckClient,
  useComment,
  useFeedbackSubmission,
  type FeedbackWidgetProps,
} from '../FeedbackWidget/shared.js';

/** One answer in the "what went wrong" list: `id` is what is sent, `label` what the customer reads (one string, or
 * one per language: `{ en: 'Too long', nb: 'For lang' }`). */
export interface FeedbackReason {
  id: string;
  label: LocalizedText;
}

/** The ids of the built-in reasons, in the order shown. */
export const helpfulFeedbackReasonIds = [
  'hard-to-understand',
  'something-missing',
  'something-wrong',
  'did-not-help',
] as const;

export interface HelpfulFeedbackProps
  extends FeedbackWidgetProps, Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> {
  /** The reasons offered after "No", as checkboxes; their ids are sent in `reasons`.
   * @default "Hard to understand", "Something is missing", "Something is wrong", "It did not help me do what I came to do" */
  reasons?: FeedbackReason[];
  /** Overrides for the pattern's built-in strings (keys starting with `feedback.`). */
  strings?: Partial<Messages>;
}

/**
 * "Was this page helpful?" with Yes and No. Yes is sent at once (score 1); No opens an optional "what went wrong"
 * step with reasons and free text (score 0). A thank-you then takes the widget's place and gets focus.
 */
export const HelpfulFeedback = forwardRef<HTMLDivElement, HelpfulFeedbackProps>(function HelpfulFeedback(
  {
    client,
    channel,
    journey,
    touchpoint,
    teams,
    page,
    onSubmitted,
    headingLevel = 2,
    characterLimit = 1000,
    reasons,
    strings,
    className,
    ...rest
  },
  ref,
) {
  devCheckClient('HelpfulFeedback', client);
  const t = useMessages(strings, en);
  const locale = useLocale();
  const { phase, result, send } = useFeedbackSubmission(
    { client, channel, journey, touchpoint, teams, page, onSubmitted },
    t,
  );
  const id = useId();
  const questionId = `${id}-question`;
  const stepId = `${id}-step`;
  const [answer, setAnswer] = useState<'yes' | 'no'>();
  const [picked, setPicked] = useState<string[]>([]);
  const comment = useComment(characterLimit, t);
  const [stepOpened, setStepOpened] = useState(0);
  const step = useRef<HTMLFieldSetElement>(null);
  const offered: FeedbackReason[] =
    reasons ??
    helpfulFeedbackReasonIds.map((reason) => ({ id: reason, label: t(`feedback.reason.${reason}` as MessageKey) }));

  // Into the step that just opened, so screen-reader users hear that it is there.
  useEffect(() => {
    if (stepOpened > 0) step.current?.focus();
  }, [stepOpened]);

  if (phase === 'sent' && result)
    return <ThankYou rootRef={ref} result={result} headingLevel={headingLevel} t={t} className={className} />;

  const sending = phase === 'sending';

  function sayYes() {
    setAnswer('yes');
    void send({ kind: 'helpful', score: 1 });
  }

  function sayNo() {
    setAnswer('no');
    setStepOpened((count) => count + 1);
  }

  function sendDetails(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!comment.check()) {
      comment.focus();
      return;
    }
    const chosen = offered.map((reason) => reason.id).filter((reason) => picked.includes(reason));
    void send({
      kind: 'helpful',
      score: 0,
      reasons: chosen.length > 0 ? chosen : undefined,
      comment: comment.text,
    });
  }

  return (
    <WidgetRoot ref={ref} className={className} data-state={phase} {...rest}>
      <Heading level={headingLevel} size="small" id={questionId}>
        {t('feedback.helpful.question')}
      </Heading>
      <div role="group" aria-labelledby={questionId} data-part="actions">
        <Button
          variant="secondary"
          loading={sending && answer === 'yes'}
          loadingLabel={t('feedback.sending')}
          disabled={sending}
          onClick={sayYes}
        >
          {t('feedback.helpful.yes')}
        </Button>
        <Button
          variant="secondary"
          aria-expanded={answer === 'no'}
          aria-controls={answer === 'no' ? stepId : undefined}
          disabled={sending}
          onClick={sayNo}
        >
          {t('feedback.helpful.no')}
        </Button>
      </div>
      {phase === 'failed' && answer === 'yes' && <SendFailed t={t} headingLevel={headingLevel} />}
      {answer === 'no' && (
        <form id={stepId} noValidate onSubmit={sendDetails}>
          <Fieldset
            ref={step}
            tabIndex={-1}
            legend={t('feedback.helpful.whatWentWrong')}
            hint={t('feedback.helpful.reasonsHint')}
          >
            {offered.map((reason) => (
              <Checkbox
                key={reason.id}
                name="reasons"
                value={reason.id}
                label={localize(reason.label, locale)}
                checked={picked.includes(reason.id)}
                onCheckedChange={(checked) =>
                  setPicked((current) =>
                    checked ? [...current, reason.id] : current.filter((entry) => entry !== reason.id),
                  )
                }
              />
            ))}
          </Fieldset>
          <CommentField label={t('feedback.helpful.comment')} t={t} {...comment.field} />
          {phase === 'failed' && <SendFailed t={t} headingLevel={headingLevel} />}
          <div>
            <Button type="submit" loading={sending} loadingLabel={t('feedback.sending')}>
              {t('feedback.send')}
            </Button>
          </div>
        </form>
      )}
    </WidgetRoot>
  );
});

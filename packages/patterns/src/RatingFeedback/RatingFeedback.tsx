'use client';
import { forwardRef, useId, useRef, useState, type FormEvent, type HTMLAttributes } from 'react';
import { part } from '@samspill/react';
import { Button, Fieldset, Heading, useLocale, useMessages, type Messages } from '@samspill/react';
import { en } from '../locales/en.js';
import { SCALES } from '@samspill/feedback';
import { formattingLocale } from '../locales/intl.js';
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

/** The survey a rating answers: satisfaction (CSAT), effort (CES) or willingness to recommend (NPS). */
export type RatingType = 'csat' | 'ces' | 'nps';

export interface RatingFeedbackProps
  extends FeedbackWidgetProps, Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> {
  /** Which survey: `csat` 1-5 ("How satisfied..."), `ces` 1-7 ("How easy..."), `nps` 0-10 ("How likely to
   * recommend..."). The question and the labels of the ends follow from it; change them through `strings`. */
  type: RatingType;
  /** Offer the optional free text under the scale.
   * @default true */
  comment?: boolean;
  /** Overrides for the pattern's built-in strings (keys starting with `feedback.`). */
  strings?: Partial<Messages>;
}

/* The scale and its end labels share one width, so each end label sits under its end of the scale. */
const ScaleFrame = part('div', 'samspill-rating-feedback__frame');

const Scale = part('div', 'samspill-rating-feedback__scale');

const Ends = part('div', 'samspill-rating-feedback__ends');

/**
 * A CSAT (1-5), CES (1-7) or NPS (0-10) question as a real radio group: one Tab stop, arrows move and select, and
 * the meaning of both ends is part of the group's description. An optional comment follows; a thank-you then takes
 * the widget's place and gets focus.
 */
export const RatingFeedback = forwardRef<HTMLDivElement, RatingFeedbackProps>(function RatingFeedback(
  {
    type,
    client,
    channel,
    journey,
    touchpoint,
    teams,
    page,
    onSubmitted,
    headingLevel = 2,
    characterLimit = 1000,
    comment: offerComment = true,
    strings,
    className,
    ...rest
  },
  ref,
) {
  devCheckClient('RatingFeedback', client);
  if (process.env.NODE_ENV !== 'production' && !['csat', 'ces', 'nps'].includes(type)) {
    throw new Error(
      `RatingFeedback needs a \`type\` of 'csat', 'ces' or 'nps' to know its scale; it got ${JSON.stringify(type)}.`,
    );
  }
  const t = useMessages(strings, en);
  const locale = useLocale();
  const { phase, result, send } = useFeedbackSubmission(
    { client, channel, journey, touchpoint, teams, page, onSubmitted },
    t,
  );
  const id = useId();
  const ids = { ends: `${id}-ends`, low: `${id}-low`, high: `${id}-high` };
  const [score, setScore] = useState<number>();
  const [scoreError, setScoreError] = useState<string>();
  const comment = useComment(characterLimit, t);
  const firstRadio = useRef<HTMLInputElement>(null);

  if (phase === 'sent' && result)
    return <ThankYou rootRef={ref} result={result} headingLevel={headingLevel} t={t} className={className} />;

  const { min, max } = SCALES[type];
  const values = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const number = new Intl.NumberFormat(formattingLocale(locale));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = score === undefined;
    const tooLong = offerComment && !comment.check();
    setScoreError(
      missing ? t('feedback.rating.required', { min: number.format(min), max: number.format(max) }) : undefined,
    );
    if (missing) firstRadio.current?.focus();
    else if (tooLong) comment.focus();
    if (missing || tooLong) return;
    void send({ kind: type, score, comment: offerComment ? comment.text : undefined });
  }

  return (
    <WidgetRoot ref={ref} className={className} data-state={phase} data-type={type} {...rest}>
      <form noValidate onSubmit={submit}>
        <Fieldset
          legend={
            <Heading level={headingLevel} size="small">
              {t(`feedback.${type}.question`)}
            </Heading>
          }
          aria-describedby={ids.ends}
          error={scoreError}
        >
          <ScaleFrame>
            <div data-type={type}>
              <Scale data-part="scale" data-invalid={scoreError ? true : undefined}>
                {values.map((value) => (
                  <label key={value}>
                    <input
                      className="samspill-choice-input"
                      ref={value === min ? firstRadio : undefined}
                      type="radio"
                      name={`${id}-score`}
                      value={value}
                      checked={score === value}
                      aria-describedby={value === min ? ids.low : value === max ? ids.high : undefined}
                      onChange={() => {
                        setScore(value);
                        setScoreError(undefined);
                      }}
                    />
                    <span>{number.format(value)}</span>
                  </label>
                ))}
              </Scale>
              <Ends id={ids.ends} data-part="ends">
                <span>
                  {number.format(min)}: <span id={ids.low}>{t(`feedback.${type}.low`)}</span>
                </span>{' '}
                <span>
                  {number.format(max)}: <span id={ids.high}>{t(`feedback.${type}.high`)}</span>
                </span>
              </Ends>
            </div>
          </ScaleFrame>
        </Fieldset>
        {offerComment && <CommentField label={t('feedback.rating.comment')} t={t} {...comment.field} />}
        {phase === 'failed' && <SendFailed t={t} headingLevel={headingLevel} />}
        <div>
          <Button type="submit" loading={phase === 'sending'} loadingLabel={t('feedback.sending')}>
            {t('feedback.send')}
          </Button>
        </div>
      </form>
    </WidgetRoot>
  );
});

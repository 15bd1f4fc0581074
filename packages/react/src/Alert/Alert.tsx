'use client';
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { useMessages } from '../SamspillProvider/context.js';
import { DismissIcon, NoticeIcon, noticeCss, type NoticeTone } from '../Notice/Notice.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

export type AlertTone = NoticeTone;

/**
 * How the alert reaches screen-reader users:
 * - `static`: part of the page from the start, read in reading order (no live role);
 * - `polite`: a status that appeared after load, read when the reader pauses (`role="status"`);
 * - `urgent`: something that needs attention now, read at once (`role="alert"`). Use it sparingly.
 */
export type AlertUrgency = 'static' | 'polite' | 'urgent';

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** @default 'info' */
  tone?: AlertTone;
  /** A short title that says what happened. */
  title?: ReactNode;
  /** @default 'urgent' for `danger`, otherwise 'polite' */
  urgency?: AlertUrgency;
  /** The heading level of the title, to keep the page outline correct. Without it the title is bold text. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Shows a dismiss button; called when it is pressed. */
  onDismiss?: () => void;
}

const Root = styled.div`
  ${noticeCss}
`;

/** A message about the page or what just happened, in four tones. The tone is said in words, not only in colour. */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { tone = 'info', title, urgency, headingLevel, onDismiss, children, ...rest },
  ref,
) {
  const t = useMessages();
  const titleId = useId();
  const chosen = urgency ?? (tone === 'danger' ? 'urgent' : 'polite');
  const role = chosen === 'urgent' ? 'alert' : chosen === 'polite' ? 'status' : undefined;
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'p';
  return (
    <Root ref={ref} role={role} data-tone={tone} aria-labelledby={title && role ? titleId : undefined} {...rest}>
      <NoticeIcon tone={tone} />
      <div data-part="body">
        {title ? (
          <Title data-part="title" id={titleId}>
            <VisuallyHidden>{`${t(`alert.tone.${tone}`)} `}</VisuallyHidden>
            {title}
          </Title>
        ) : (
          <VisuallyHidden>{`${t(`alert.tone.${tone}`)} `}</VisuallyHidden>
        )}
        {children}
      </div>
      {onDismiss && (
        <button type="button" data-part="dismiss" aria-label={t('alert.dismiss')} onClick={onDismiss}>
          <DismissIcon />
        </button>
      )}
    </Root>
  );
});

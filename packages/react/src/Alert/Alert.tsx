'use client';
import { forwardRef, useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { HeadingLevel } from '../Heading/Heading.js';
import { part } from '../internal/part.js';
import { useProviderMessages, type Urgency } from '../SamspillProvider/context.js';
import { DismissIcon, NoticeIcon, type NoticeTone } from '../Notice/Notice.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

export type AlertTone = NoticeTone;

/**
 * How the alert reaches screen-reader users:
 * - `static`: part of the page from the start, read in reading order (no live role);
 * - `polite`: a status that appeared after load, read when the reader pauses (`role="status"`);
 * - `urgent`: something that needs attention now, read at once (`role="alert"`). Use it sparingly.
 */
export type AlertUrgency = 'static' | Urgency;

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** @default 'info' */
  tone?: AlertTone;
  /** A short title that says what happened. */
  title?: ReactNode;
  /** @default 'urgent' for `danger`, otherwise 'polite' */
  urgency?: AlertUrgency;
  /** The heading level of the title, to keep the page outline correct.
   * @default 2 */
  headingLevel?: HeadingLevel;
  /** Shows a dismiss button that hides the alert.
   * @default true when `onDismiss` is given */
  dismissible?: boolean;
  /** Called when the alert is dismissed; move focus somewhere sensible, as the button that had it is gone. */
  onDismiss?: () => void;
}

const Root = part('div', 'samspill-notice');

/** A message about the page or what just happened, in four tones. The tone is said in words, not only in colour. */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  {
    tone = 'info',
    title,
    urgency,
    headingLevel = 2,
    onDismiss,
    dismissible = onDismiss !== undefined,
    children,
    ...rest
  },
  ref,
) {
  const t = useProviderMessages();
  const titleId = useId();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  const chosen = urgency ?? (tone === 'danger' ? 'urgent' : 'polite');
  const role = chosen === 'urgent' ? 'alert' : chosen === 'polite' ? 'status' : undefined;
  const Title = `h${headingLevel}` as const;
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
      {dismissible && (
        <button
          type="button"
          data-part="dismiss"
          aria-label={t('alert.dismiss')}
          onClick={() => {
            setDismissed(true);
            onDismiss?.();
          }}
        >
          <DismissIcon />
        </button>
      )}
    </Root>
  );
});

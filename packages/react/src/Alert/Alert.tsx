'use client';
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { useMessages } from '../SamspillProvider/context.js';
import { toneCss } from '../internal/tone.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

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

const ICONS: Record<AlertTone, string> = { info: 'i', success: '✓', warning: '!', danger: '!' };

const Root = styled.div`
  --_border: var(--samspill-color-feedback-info-border);
  --_surface: var(--samspill-color-feedback-info-surface);
  --_text: var(--samspill-color-feedback-info-text);
  --_icon: var(--samspill-color-feedback-info-icon);

  display: flex;
  align-items: flex-start;
  gap: var(--samspill-space-3);
  padding: var(--samspill-space-4);
  border: var(--samspill-border-width-thin) solid var(--_border);
  border-inline-start-width: var(--samspill-space-1);
  border-radius: var(--samspill-radius-md);
  background-color: var(--_surface);
  color: var(--_text);
  overflow-wrap: break-word;

  ${toneCss}

  & > [data-part='icon'] {
    display: inline-grid;
    place-content: center;
    flex-shrink: 0;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    background-color: var(--_icon);
    color: var(--_surface);
    font-weight: var(--samspill-font-weight-bold);
    line-height: 1;
  }

  & > [data-part='body'] {
    flex: 1;
    min-width: 0;
  }

  & [data-part='title'] {
    margin: 0 0 var(--samspill-space-1);
    font-size: var(--samspill-font-size-md);
    font-weight: var(--samspill-font-weight-bold);
    line-height: var(--samspill-font-line-height-tight);
  }

  & > button {
    flex-shrink: 0;
    display: inline-grid;
    place-content: center;
    min-width: var(--samspill-size-target-minimum);
    min-height: var(--samspill-size-target-minimum);
    margin: calc(-1 * var(--samspill-space-1));
    padding: var(--samspill-space-1);
    border: 0;
    border-radius: var(--samspill-radius-sm);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: var(--samspill-font-size-lg);
    line-height: 1;
    cursor: pointer;
  }

  & > button:focus-visible {
    outline: var(--samspill-border-width-focus) solid var(--samspill-color-focus-ring);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
    & > [data-part='icon'] {
      forced-color-adjust: none;
      background-color: CanvasText;
      color: Canvas;
    }
  }
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
      <span data-part="icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
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
        <button type="button" aria-label={t('alert.dismiss')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </Root>
  );
});

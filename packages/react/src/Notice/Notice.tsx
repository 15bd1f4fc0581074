import type { SVGProps } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

/**
 * The anatomy every Samspill notice shares (Alert, ServiceStatusBanner, summaries): a tinted surface with a thin
 * border and a 4 px side bar in the tone's colour, the tone's icon, the title, then the body, and a close button at
 * the top end. Set `data-tone` on the element; the parts are `[data-part='icon' | 'body' | 'title' | 'dismiss']`.
 * Text stays in the body colour, so the tone is carried by the bar, the icon's shape and the words, never by
 * tinted text alone.
 *
 * @deprecated Samspill's styles are a static stylesheet now (`@samspill/react/styles.css`): give the element the class
 * `samspill-notice` instead. This text is no longer used by Samspill and goes in the next minor version.
 */
export const noticeCss = `
  --_border: var(--samspill-color-border-strong);
  --_surface: var(--samspill-color-surface-sunken);
  --_icon: var(--samspill-color-text-default);

  display: flex;
  align-items: flex-start;
  gap: var(--samspill-space-3);
  padding: var(--samspill-space-4);
  border: var(--samspill-border-width-thin) solid var(--_border);
  border-inline-start-width: var(--samspill-border-width-accent);
  border-radius: var(--samspill-radius-md);
  background-color: var(--_surface);
  color: var(--samspill-color-text-default);
  overflow-wrap: break-word;

  &[data-tone='info'] {
    --_border: var(--samspill-color-feedback-info-border);
    --_surface: var(--samspill-color-feedback-info-surface);
    --_text: var(--samspill-color-feedback-info-text);
    --_icon: var(--samspill-color-feedback-info-icon);
  }
  &[data-tone='success'] {
    --_border: var(--samspill-color-feedback-success-border);
    --_surface: var(--samspill-color-feedback-success-surface);
    --_text: var(--samspill-color-feedback-success-text);
    --_icon: var(--samspill-color-feedback-success-icon);
  }
  &[data-tone='warning'] {
    --_border: var(--samspill-color-feedback-warning-border);
    --_surface: var(--samspill-color-feedback-warning-surface);
    --_text: var(--samspill-color-feedback-warning-text);
    --_icon: var(--samspill-color-feedback-warning-icon);
  }
  &[data-tone='danger'] {
    --_border: var(--samspill-color-feedback-danger-border);
    --_surface: var(--samspill-color-feedback-danger-surface);
    --_text: var(--samspill-color-feedback-danger-text);
    --_icon: var(--samspill-color-feedback-danger-icon);
  }

  & > [data-part='icon'] {
    flex-shrink: 0;
    width: 1.5rem;
    height: 1.5rem;
    color: var(--_icon);
  }

  & > [data-part='body'] {
    flex: 1;
    min-width: 0;
  }

  & > [data-part='body'] > :first-child {
    margin-block-start: 0;
  }

  & [data-part='title'] {
    margin: 0 0 var(--samspill-space-1);
    font-size: var(--samspill-font-size-md);
    font-weight: var(--samspill-font-weight-bold);
    line-height: 1.5rem;
  }

  & > [data-part='dismiss'] {
    flex-shrink: 0;
    display: inline-grid;
    place-content: center;
    min-width: var(--samspill-size-target-minimum);
    min-height: var(--samspill-size-target-minimum);
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--samspill-radius-sm);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  & > [data-part='dismiss']:focus-visible {
    outline: var(--samspill-border-width-focus) solid var(--samspill-color-focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--samspill-color-focus-ring-inner);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
    & > [data-part='icon'] {
      color: CanvasText;
    }
    & > [data-part='dismiss']:focus-visible {
      outline-color: Highlight;
    }
  }
`;

// One shape per tone, so the tone is told apart without colour: a circle (info), a circle with a tick
// (success), a triangle (warning) and an octagon, like a stop sign (danger).
const shapes: Record<NoticeTone, { outline: string; mark: string }> = {
  info: {
    outline: 'M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22z',
    mark: 'M10.75 10h2.5v8h-2.5zM12 5.25a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2z',
  },
  success: {
    outline: 'M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22z',
    mark: 'M6.2 12.3l1.8-1.8 2.7 2.7 5.3-5.4 1.8 1.8-7.1 7.2z',
  },
  warning: {
    outline: 'M12 1.5c.6 0 1.1.3 1.4.8l10 17.6c.6 1.1-.2 2.4-1.4 2.4H2c-1.2 0-2-1.3-1.4-2.4l10-17.6c.3-.5.8-.8 1.4-.8z',
    mark: 'M10.8 8h2.4l-.4 7h-1.6zM12 16.4a1.45 1.45 0 1 1 0 2.9 1.45 1.45 0 0 1 0-2.9z',
  },
  danger: {
    outline: 'M7.4 1h9.2L23 7.4v9.2L16.6 23H7.4L1 16.6V7.4z',
    mark: 'M10.8 5.5h2.4l-.4 8h-1.6zM12 15.2a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z',
  },
};

export interface NoticeIconProps extends Omit<SVGProps<SVGSVGElement>, 'children'> {
  tone: NoticeTone;
}

/** The tone's icon, 24 px, in `currentColor` with the mark cut out. Decorative: the tone is also said in words. */
export function NoticeIcon({ tone, ...rest }: NoticeIconProps) {
  const { outline, mark } = shapes[tone];
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" data-part="icon" data-shape={tone} {...rest}>
      <path fill="currentColor" fillRule="evenodd" d={`${outline}${mark}`} />
    </svg>
  );
}

/** The cross of a notice's close button, 20 px; the button carries the accessible name. */
export function DismissIcon(props: Omit<SVGProps<SVGSVGElement>, 'children'>) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" {...props}>
      <path fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

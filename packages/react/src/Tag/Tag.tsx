import { forwardRef, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { toneCss } from '../internal/tone.js';

export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface TagProps extends HTMLAttributes<HTMLSpanElement> {
  /** The colour family. The text must say the status too: colour alone tells nothing to many readers.
   * @default 'neutral' */
  tone?: TagTone;
}

const Root = styled.span`
  display: inline-flex;
  align-items: center;
  max-width: 100%;
  padding: 0.125rem var(--samspill-space-2);
  border: var(--samspill-border-width-thin) solid var(--samspill-color-border-strong);
  border-radius: var(--samspill-radius-pill);
  background-color: var(--samspill-color-surface-sunken);
  color: var(--samspill-color-text-default);
  font-size: var(--samspill-font-size-sm);
  font-weight: var(--samspill-font-weight-semibold);
  line-height: var(--samspill-font-line-height-tight);
  overflow-wrap: anywhere;

  &[data-tone='info'],
  &[data-tone='success'],
  &[data-tone='warning'],
  &[data-tone='danger'] {
    border-color: var(--_border);
    background-color: var(--_surface);
    color: var(--_text);
  }
  ${toneCss}

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

/** A short, non-interactive label for a status or category, such as "Open" or "Paid". */
export const Tag = forwardRef<HTMLSpanElement, TagProps>(function Tag({ tone = 'neutral', ...rest }, ref) {
  return <Root ref={ref} data-tone={tone} {...rest} />;
});

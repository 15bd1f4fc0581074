import { forwardRef, type HTMLAttributes } from 'react';
import { part } from '../internal/part.js';

export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface TagProps extends HTMLAttributes<HTMLSpanElement> {
  /** The colour family. The text must say the status too: colour alone tells nothing to many readers.
   * @default 'neutral' */
  tone?: TagTone;
}

const Root = part('span', 'samspill-tag');

/** A short, non-interactive label for a status or category, such as "Open" or "Paid". */
export const Tag = forwardRef<HTMLSpanElement, TagProps>(function Tag({ tone = 'neutral', ...rest }, ref) {
  return <Root ref={ref} data-tone={tone} {...rest} />;
});

'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { part } from '../internal/part.js';
import { useProviderMessages } from '../SamspillProvider/context.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

export interface SpinnerProps extends HTMLAttributes<HTMLSpanElement> {
  /** What is loading, for screen readers. Defaults to the locale's "Loading". */
  label?: string;
  /** Hide it from screen readers when something else already says that work is going on (a busy button).
   * @default false */
  decorative?: boolean;
  /** @default 'medium' */
  size?: 'small' | 'medium' | 'large';
}

const Root = part('span', 'samspill-spinner');

/** Says that something is loading. Prefer a busy `Button` when the wait follows a button press. */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(
  { label, decorative = false, size = 'medium', ...rest },
  ref,
) {
  const t = useProviderMessages();
  return (
    <Root
      ref={ref}
      role={decorative ? undefined : 'status'}
      aria-hidden={decorative || undefined}
      data-size={size}
      {...rest}
    >
      <span data-part="ring" />
      {!decorative && <VisuallyHidden>{label ?? t('spinner.label')}</VisuallyHidden>}
    </Root>
  );
});

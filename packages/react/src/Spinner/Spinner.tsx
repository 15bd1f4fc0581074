'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { keyframes, styled } from 'styled-components';
import { useMessages } from '../SamspillProvider/context.js';
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

const spin = keyframes`
  to { transform: rotate(360deg); }
`;

const Root = styled.span`
  display: inline-flex;
  align-items: center;
  justify-content: center;

  & > [data-part='ring'] {
    display: inline-block;
    width: 1.5rem;
    height: 1.5rem;
    border: 0.1875rem solid var(--samspill-color-border-default);
    border-block-start-color: var(--samspill-color-icon-default);
    border-radius: 50%;
    animation: ${spin} 0.8s linear infinite;
  }

  &[data-size='small'] > [data-part='ring'] {
    width: 1rem;
    height: 1rem;
    border-width: 0.125rem;
  }

  &[data-size='large'] > [data-part='ring'] {
    width: 2.5rem;
    height: 2.5rem;
    border-width: 0.25rem;
  }

  @media (prefers-reduced-motion: reduce) {
    & > [data-part='ring'] {
      animation-duration: 3s;
    }
  }

  @media (forced-colors: active) {
    & > [data-part='ring'] {
      border-color: GrayText;
      border-block-start-color: CanvasText;
    }
  }
`;

/** Says that something is loading. Prefer a busy `Button` when the wait follows a button press. */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(
  { label, decorative = false, size = 'medium', ...rest },
  ref,
) {
  const t = useMessages();
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

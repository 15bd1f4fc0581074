'use client';
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { devCheckControlledOpen, devInvariant, devWarnRenamed } from '../internal/dev.js';
import { useControllable } from '../internal/useControllable.js';

interface DisclosureBaseProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Whether the content is shown (controlled); pair it with `onOpenChange`. */
  open?: boolean;
  /** Whether the content is shown at first (uncontrolled).
   * @default false */
  defaultOpen?: boolean;
  /** Called with the new state when the user toggles. */
  onOpenChange?: (open: boolean) => void;
}

export type DisclosureProps = DisclosureBaseProps &
  (
    | {
        /** The text of the button that shows and hides the content. */
        title: ReactNode;
        summary?: never;
      }
    | {
        title?: never;
        /** @deprecated Renamed `title`; `summary` is removed in the next minor version. */
        summary: ReactNode;
      }
  );

export const DisclosureRoot = styled.div`
  & [data-part='trigger'] {
    display: inline-flex;
    align-items: center;
    gap: var(--samspill-space-2);
    min-height: var(--samspill-size-target-comfortable);
    padding: var(--samspill-space-2) var(--samspill-space-1);
    border: 0;
    border-radius: var(--samspill-radius-sm);
    background: transparent;
    color: var(--samspill-color-text-link);
    font: inherit;
    font-weight: var(--samspill-font-weight-semibold);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  & [data-part='trigger']::before {
    content: '';
    flex-shrink: 0;
    width: 0;
    height: 0;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.55em solid currentColor;
    transition: transform var(--samspill-motion-duration-fast) var(--samspill-motion-easing-standard);
  }

  & [data-part='trigger'][aria-expanded='true']::before {
    transform: rotate(90deg);
  }

  & [data-part='trigger']:focus-visible {
    outline: var(--samspill-border-width-focus) solid var(--samspill-color-focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--samspill-color-focus-ring-inner);
  }

  & [data-part='panel'] {
    padding: var(--samspill-space-2) 0 var(--samspill-space-2) var(--samspill-space-5);
    border-inline-start: var(--samspill-border-width-accent) solid var(--samspill-color-border-default);
  }

  @media (prefers-reduced-motion: reduce) {
    & [data-part='trigger']::before {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    & [data-part='trigger']:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Shows and hides a piece of content with a button (`aria-expanded`); Enter and Space toggle it. */
export const Disclosure = forwardRef<HTMLDivElement, DisclosureProps>(function Disclosure(
  { title, summary, open, defaultOpen = false, onOpenChange, children, ...rest },
  ref,
) {
  if (summary !== undefined) devWarnRenamed('Disclosure', 'summary', 'title');
  devInvariant(
    title === undefined && summary === undefined,
    'Disclosure',
    'needs a `title`: it is the text of the button that shows the content.',
  );
  devCheckControlledOpen('Disclosure', open, [onOpenChange]);
  const [isOpen, setOpen] = useControllable(open, defaultOpen, onOpenChange);
  const panelId = useId();
  return (
    <DisclosureRoot ref={ref} {...rest}>
      <button
        type="button"
        data-part="trigger"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen(!isOpen)}
      >
        {title ?? summary}
      </button>
      <div id={panelId} data-part="panel" hidden={!isOpen}>
        {children}
      </div>
    </DisclosureRoot>
  );
});

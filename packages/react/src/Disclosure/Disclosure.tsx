'use client';
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { part } from '../internal/part.js';
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

export const DisclosureRoot = part('div', 'samspill-disclosure');

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

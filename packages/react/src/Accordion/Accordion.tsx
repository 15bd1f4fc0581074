'use client';
import { createContext, forwardRef, useContext, useId, type HTMLAttributes, type ReactNode } from 'react';
import { part } from '../internal/part.js';
import type { HeadingLevel } from '../Heading/Heading.js';
import { devCheckControlledOpen, devInvariant, devWarnRenamed } from '../internal/dev.js';
import { useControllable } from '../internal/useControllable.js';

interface AccordionContextValue {
  headingLevel: HeadingLevel;
  isOpen: (id: string) => boolean;
  toggle: (id: string) => void;
}

const AccordionContext = createContext<AccordionContextValue | null>(null);

export interface AccordionProps extends HTMLAttributes<HTMLDivElement> {
  /** The heading level of every item's heading, to keep the page outline correct.
   * @default 2 */
  headingLevel?: HeadingLevel;
  /** Let several sections be open at once; when false, opening one closes the others.
   * @default true */
  allowMultiple?: boolean;
  /** The `value`s of the open items (controlled); pair it with `onOpenChange`. */
  open?: string[];
  /** The `value`s of the items open at first (uncontrolled).
   * @default [] */
  defaultOpen?: string[];
  /** Called with the `value`s of the open items when the user opens or closes one. */
  onOpenChange?: (open: string[]) => void;
}

interface AccordionItemBaseProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Identifies the item in `open` and `defaultOpen`. Generated when left out. */
  value?: string;
}

export type AccordionItemProps = AccordionItemBaseProps &
  (
    | {
        /** The heading text, which is also the button that opens the section. */
        title: ReactNode;
        heading?: never;
      }
    | {
        title?: never;
        /** @deprecated Renamed `title`; `heading` is removed in the next minor version. */
        heading: ReactNode;
      }
  );

const noneOpen: string[] = [];

const Root = part('div', 'samspill-accordion');

/** Sections that each open from their heading; Enter and Space toggle, `aria-expanded` says which are open. */
export const Accordion = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(
  { headingLevel = 2, allowMultiple = true, open, defaultOpen = noneOpen, onOpenChange, children, ...rest },
  ref,
) {
  devCheckControlledOpen('Accordion', open, [onOpenChange]);
  const [openItems, setOpenItems] = useControllable(open, defaultOpen, onOpenChange);
  const value: AccordionContextValue = {
    headingLevel,
    isOpen: (id) => openItems.includes(id),
    toggle: (id) =>
      setOpenItems(
        openItems.includes(id) ? openItems.filter((other) => other !== id) : allowMultiple ? [...openItems, id] : [id],
      ),
  };
  return (
    <AccordionContext.Provider value={value}>
      <Root ref={ref} {...rest}>
        {children}
      </Root>
    </AccordionContext.Provider>
  );
});

/** One section of an `Accordion`. */
export const AccordionItem = forwardRef<HTMLDivElement, AccordionItemProps>(function AccordionItem(
  { value, title, heading, children, ...rest },
  ref,
) {
  const context = useContext(AccordionContext);
  if (!context) throw new Error('AccordionItem: place it inside an <Accordion>.');
  if (heading !== undefined) devWarnRenamed('AccordionItem', 'heading', 'title');
  devInvariant(
    title === undefined && heading === undefined,
    'AccordionItem',
    'needs a `title`: it is the heading and the button that opens the section.',
  );
  const generated = useId();
  const id = value ?? generated;
  const open = context.isOpen(id);
  const Heading = `h${context.headingLevel}` as const;
  return (
    <div ref={ref} data-part="item" {...rest}>
      <Heading data-part="heading">
        <button
          type="button"
          data-part="trigger"
          id={`${generated}-trigger`}
          aria-expanded={open}
          aria-controls={`${generated}-panel`}
          onClick={() => context.toggle(id)}
        >
          {title ?? heading}
        </button>
      </Heading>
      <div
        id={`${generated}-panel`}
        role="region"
        aria-labelledby={`${generated}-trigger`}
        data-part="panel"
        hidden={!open}
      >
        {children}
      </div>
    </div>
  );
});

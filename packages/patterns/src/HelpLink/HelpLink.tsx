'use client';
import { forwardRef, useState, type ReactNode, type Ref } from 'react';
import { Button, Dialog, useMessages, type Messages } from '@samspill/react';
import { en } from '../locales/en.js';
import type { ContactConfig } from '../contact/model.js';
import type { ClockProp } from '../contact/useNow.js';
import { ContactOptions } from '../ContactOptions/ContactOptions.js';
import { HelpPageLink } from './HelpTarget.js';
import type { TimeZoneDisplay } from '../ContactOptions/parts.js';

interface HelpLinkBase {
  /** The text of the entry.
   * @default the locale's "Contact us" */
  children?: ReactNode;
  /** Overrides for the pattern's built-in strings. */
  strings?: Partial<Messages>;
  /** A class for the link or button. */
  className?: string;
}

/** Goes to the page (or anchor) that shows the contact options. */
export interface HelpLinkToPage extends HelpLinkBase {
  /** Where the contact options are, e.g. `/contact#options`. */
  href: string;
  config?: never;
}

/** Opens the contact options in a dialog, without leaving the page. */
export interface HelpLinkToDialog extends HelpLinkBase {
  href?: never;
  /** The channels to show in the dialog. */
  config: ContactConfig;
  /** The clock for the statuses in the dialog. @default the system clock */
  now?: ClockProp;
  /** See `ContactOptions`. @default 'auto' */
  timeZoneName?: TimeZoneDisplay;
  /** Whether the dialog is shown (controlled); pair it with `onOpenChange`. */
  open?: boolean;
  /** Whether the dialog is shown at first (uncontrolled).
   * @default false */
  defaultOpen?: boolean;
  /** Called with the new state when the customer opens or closes the dialog. */
  onOpenChange?: (open: boolean) => void;
}

/** Exactly one of `href` (a link to the contact page) or `config` (a dialog with the contact options). */
export type HelpLinkProps = HelpLinkToPage | HelpLinkToDialog;

/**
 * The one help entry a team puts in the same place on every page (WCAG 3.2.6 Consistent Help): a link to the
 * contact options, or a button that opens them in a dialog.
 */
export const HelpLink = forwardRef<HTMLAnchorElement | HTMLButtonElement, HelpLinkProps>(function HelpLink(props, ref) {
  const t = useMessages(props.strings, en);
  const dialog = props.href === undefined ? props : undefined;
  const [ownOpen, setOwnOpen] = useState(dialog?.defaultOpen ?? false);
  const open = dialog?.open ?? ownOpen;
  const setOpen = (next: boolean) => {
    setOwnOpen(next);
    dialog?.onOpenChange?.(next);
  };
  const text = props.children ?? t('help.link');

  if (props.href !== undefined) {
    return (
      <HelpPageLink
        ref={ref as Ref<HTMLAnchorElement>}
        href={props.href}
        className={props.className}
        strings={props.strings}
      >
        {props.children}
      </HelpPageLink>
    );
  }
  return (
    <>
      <Button
        ref={ref as Ref<HTMLButtonElement>}
        variant="secondary"
        aria-haspopup="dialog"
        className={props.className}
        data-samspill-help=""
        onClick={() => setOpen(true)}
      >
        {text}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t('contact.title')}>
        {open && (
          <ContactOptions
            config={props.config}
            layout="compact"
            title={false}
            {...(props.now !== undefined && { now: props.now })}
            {...(props.timeZoneName !== undefined && { timeZoneName: props.timeZoneName })}
            {...(props.strings !== undefined && { strings: props.strings })}
          />
        )}
      </Dialog>
    </>
  );
});

'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  type DialogHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { part } from '../internal/part.js';
import type { HeadingLevel } from '../Heading/Heading.js';
import { useProviderMessages } from '../SamspillProvider/context.js';
import { devCheckControlledOpen, devInvariant, devWarnRenamed } from '../internal/dev.js';
import { useControllable } from '../internal/useControllable.js';

export interface DialogProps extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'title' | 'onClose'> {
  /** Whether the dialog is shown (controlled); pair it with `onOpenChange`. The dialog is modal: everything behind
   * it is inert. */
  open?: boolean;
  /** Whether the dialog is shown at first (uncontrolled); it then closes itself on Escape or the close button.
   * @default false */
  defaultOpen?: boolean;
  /** Called with `false` when the user asks to close: Escape, or the close button. When controlled, set `open` to
   * false in it. */
  onOpenChange?: (open: boolean) => void;
  /** @deprecated Use `onOpenChange`, which is called with `false`; `onClose` is removed in the next minor version. */
  onClose?: () => void;
  /** The dialog's title, shown as its heading and used as its accessible name. */
  title: ReactNode;
  /** The heading level of the title.
   * @default 2 */
  headingLevel?: HeadingLevel;
  /** The element to focus when the dialog opens. Defaults to the first focusable element inside. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** Actions shown at the bottom, typically Buttons. */
  actions?: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

const NativeDialog = part('dialog', 'samspill-dialog');

/**
 * A modal dialog on the native `<dialog>`: focus moves in and stays in (Tab wraps), Escape closes, focus goes
 * back to what opened it, and the page behind is inert.
 */
export const Dialog = forwardRef<HTMLDialogElement, DialogProps>(function Dialog(
  {
    open: controlledOpen,
    defaultOpen = false,
    onOpenChange,
    onClose,
    title,
    headingLevel = 2,
    initialFocusRef,
    actions,
    children,
    onKeyDown,
    ...rest
  },
  ref,
) {
  devInvariant(!title, 'Dialog', 'needs a `title`: it is the name screen readers announce when the dialog opens.');
  if (onClose !== undefined) devWarnRenamed('Dialog', 'onClose', 'onOpenChange');
  devCheckControlledOpen('Dialog', controlledOpen, [onOpenChange, onClose]);
  const [open, setOpen] = useControllable(controlledOpen, defaultOpen, onOpenChange);
  const close = () => {
    setOpen(false);
    onClose?.();
  };
  const t = useProviderMessages();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  useImperativeHandle(ref, () => dialogRef.current!, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      const target =
        initialFocusRef?.current ??
        dialog.querySelector<HTMLElement>(`[data-part='body'] :is(${FOCUSABLE})`) ??
        dialog.querySelector<HTMLElement>(FOCUSABLE);
      target?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      openerRef.current?.focus();
    }
  }, [open, initialFocusRef]);

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    onKeyDown?.(event);
    if (event.key !== 'Tab' || event.defaultPrevented) return;
    // Keep Tab inside: the browser would otherwise move on to its own toolbar.
    const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const Title = `h${headingLevel}` as const;
  return (
    <NativeDialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let the owner decide, so `open` stays the single source of truth.
        event.preventDefault();
        close();
      }}
      onKeyDown={handleKeyDown}
      {...rest}
    >
      <div data-part="header">
        <Title data-part="title" id={titleId}>
          {title}
        </Title>
        <button type="button" data-part="close" aria-label={t('dialog.close')} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div data-part="body">{children}</div>
      {actions && <div data-part="actions">{actions}</div>}
    </NativeDialog>
  );
});

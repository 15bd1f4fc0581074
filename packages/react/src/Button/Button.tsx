'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useState,
  type ButtonHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useAnnounce, useProviderMessages } from '../SamspillProvider/context.js';
import { withClass } from '../internal/classes.js';
import { part } from '../internal/part.js';

// The parts a button shows only sometimes; the button element itself is rendered directly (see below). The rules are
// in Button.css.
const IconSlot = part('span', 'samspill-button__icon');
const LoadingIndicator = part('span', 'samspill-button__spinner');
/** The reason a button is unavailable: read with the button, shown once someone tries to use it. */
const DisabledReason = part('span', 'samspill-button__disabled-reason');

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
export type ButtonSize = 'small' | 'medium' | 'large';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> {
  /** Visual weight: one `primary` per view for the main action, `danger` for actions that destroy something.
   * @default 'primary' */
  variant?: ButtonVariant;
  /** Every size keeps a target of at least 24x24 CSS px.
   * @default 'medium' */
  size?: ButtonSize;
  /** Shows a spinner in place of the label (the width stays), sets `aria-busy` and announces `loadingLabel`.
   * Clicks are ignored while loading, so a form is not sent twice.
   * @default false */
  loading?: boolean;
  /** What screen readers hear when loading starts. Defaults to the locale's "Loading". */
  loadingLabel?: string;
  /** Makes the button unavailable with `aria-disabled`: it stays focusable, so keyboard and screen-reader users
   * can find it and learn why it is unavailable.
   * @default false */
  disabled?: boolean;
  /** Why the button is unavailable and what to do about it. Read with the button, and shown and announced when
   * someone tries to use it. */
  disabledReason?: string;
  /** A decorative icon (it is hidden from screen readers; the label names the button). */
  icon?: ReactNode;
  /** Which side of the label the icon sits on.
   * @default 'start' */
  iconPosition?: 'start' | 'end';
  /** Stretch to the width of the container.
   * @default false */
  fullWidth?: boolean;
}

/** The spinner of a loading button: while it shows, screen-reader users hear that the button is working. Its own
 * component, so only a loading button runs the effect. */
function BusyIndicator({ label }: { label: string }) {
  const announce = useAnnounce();
  useEffect(() => announce(label), [label, announce]);
  return <LoadingIndicator aria-hidden="true" data-part="spinner" />;
}

/** A button for actions. For navigation, use a link. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'primary',
    size = 'medium',
    loading = false,
    loadingLabel,
    disabled = false,
    disabledReason,
    icon,
    iconPosition = 'start',
    fullWidth = false,
    type = 'button',
    onClick,
    children,
    'aria-describedby': describedBy,
    className,
    ...rest
  },
  ref,
) {
  const t = useProviderMessages();
  const announce = useAnnounce();
  const reasonId = useId();
  const [reasonRevealed, setReasonRevealed] = useState(false);
  // Hidden again once the button is available; set during render, so no effect runs for every button.
  if (reasonRevealed && !disabled) setReasonRevealed(false);
  const unavailable = disabled || loading;
  const reason = disabled && disabledReason ? disabledReason : undefined;

  // An available button hands clicks straight to `onClick`: no new handler each render for React to swap in.
  function refuseClick(event: MouseEvent<HTMLButtonElement>) {
    // aria-disabled does not stop activation by itself; this also keeps a submit button from sending its form.
    event.preventDefault();
    if (reason) {
      setReasonRevealed(true);
      announce(`${t('button.disabledReasonLabel')} ${reason}`);
    }
  }

  // A plain label is the button's only child: no wrapper or empty slots for the browser and React to walk past.
  const iconElement = icon ? <IconSlot aria-hidden="true">{icon}</IconSlot> : null;
  const content = !iconElement ? (
    children
  ) : iconPosition === 'start' ? (
    <>
      {iconElement}
      {children}
    </>
  ) : (
    <>
      {children}
      {iconElement}
    </>
  );

  return (
    <>
      {/* The element itself, not a part: a page can hold hundreds of buttons, and a component less each counts. */}
      <button
        ref={ref}
        className={withClass('samspill-button', className)}
        type={type}
        data-variant={variant === 'primary' ? undefined : variant}
        data-size={size === 'medium' ? undefined : size}
        data-full-width={fullWidth || undefined}
        aria-disabled={unavailable || undefined}
        aria-busy={loading || undefined}
        aria-describedby={reason ? (describedBy ? `${describedBy} ${reasonId}` : reasonId) : describedBy || undefined}
        onClick={unavailable ? refuseClick : onClick}
        {...rest}
      >
        {loading ? (
          <>
            {/* Kept in the layout and the accessibility tree while the spinner shows, so the width does not jump. */}
            <span data-part="content">{content}</span>
            <BusyIndicator label={loadingLabel ?? t('button.loading')} />
          </>
        ) : (
          content
        )}
      </button>
      {reason && (
        <DisabledReason id={reasonId} data-revealed={reasonRevealed || undefined}>
          {`${t('button.disabledReasonLabel')} ${reason}`}
        </DisabledReason>
      )}
    </>
  );
});

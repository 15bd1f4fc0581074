'use client';
import { forwardRef, useEffect, useId, useRef, useState, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useAnnounce, useMessages } from '../SamspillProvider/context.js';
import { Content, DisabledReason, IconSlot, LoadingIndicator, StyledButton } from './Button.styles.js';

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
    ...rest
  },
  ref,
) {
  const t = useMessages();
  const announce = useAnnounce();
  const reasonId = useId();
  const [reasonRevealed, setReasonRevealed] = useState(false);
  const unavailable = disabled || loading;
  const reason = disabled && disabledReason ? disabledReason : undefined;

  const spokenLoadingLabel = loadingLabel ?? t('button.loading');
  const wasLoading = useRef(loading);
  useEffect(() => {
    if (loading && !wasLoading.current) announce(spokenLoadingLabel);
    wasLoading.current = loading;
  }, [loading, spokenLoadingLabel, announce]);

  useEffect(() => {
    if (!disabled) setReasonRevealed(false);
  }, [disabled]);

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (unavailable) {
      // aria-disabled does not stop activation by itself; this also keeps a submit button from sending its form.
      event.preventDefault();
      if (reason) {
        setReasonRevealed(true);
        announce(`${t('button.disabledReasonLabel')} ${reason}`);
      }
      return;
    }
    onClick?.(event);
  }

  const iconElement = icon ? <IconSlot aria-hidden="true">{icon}</IconSlot> : null;

  return (
    <>
      <StyledButton
        ref={ref}
        type={type}
        data-variant={variant}
        data-size={size}
        data-full-width={fullWidth || undefined}
        aria-disabled={unavailable || undefined}
        aria-busy={loading || undefined}
        aria-describedby={[describedBy, reason ? reasonId : undefined].filter(Boolean).join(' ') || undefined}
        onClick={handleClick}
        {...rest}
      >
        <Content data-part="content">
          {iconPosition === 'start' && iconElement}
          {children}
          {iconPosition === 'end' && iconElement}
        </Content>
        {loading && <LoadingIndicator aria-hidden="true" data-part="spinner" />}
      </StyledButton>
      {reason && (
        <DisabledReason id={reasonId} data-revealed={reasonRevealed || undefined}>
          {`${t('button.disabledReasonLabel')} ${reason}`}
        </DisabledReason>
      )}
    </>
  );
});

'use client';
import { forwardRef, useEffect, useId, useRef, useState, type TextareaHTMLAttributes } from 'react';
import { part } from '../internal/part.js';
import { FieldHeader, FieldRoot, useField, type FieldProps } from '../Field/index.js';
import { devCheckControlled } from '../internal/dev.js';
import { useAnnounce, useProviderMessages } from '../SamspillProvider/context.js';

export interface TextareaProps extends FieldProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'> {
  /** Shows how many characters are left and says it politely when the user pauses. The text is never cut off:
   * going over is shown, so nothing the user wrote is lost. */
  characterLimit?: number;
  /** Called with the new text on every change, next to the native `onChange`. */
  onValueChange?: (value: string) => void;
}

/** How long typing must pause before the count is announced: announcing every key would drown the reader. */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

const NativeTextarea = part('textarea', 'samspill-textarea');

const Count = part('div', 'samspill-textarea__count');

/** A multi-line text input, optionally with a character count. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  { label, hint, error, required = false, characterLimit, id, className, style, onChange, onValueChange, ...rest },
  ref,
) {
  devCheckControlled('Textarea', rest.value, [onChange, onValueChange], rest.readOnly);
  const t = useProviderMessages();
  const announce = useAnnounce();
  const countId = useId();
  const field = useField({
    component: 'Textarea',
    id,
    label,
    hint,
    error,
    ...rest,
    'aria-describedby':
      [rest['aria-describedby'], characterLimit !== undefined ? countId : undefined].filter(Boolean).join(' ') ||
      undefined,
  });
  const [uncontrolledLength, setUncontrolledLength] = useState(() => String(rest.defaultValue ?? '').length);
  const length = rest.value !== undefined ? String(rest.value).length : uncontrolledLength;
  const remaining = characterLimit === undefined ? 0 : characterLimit - length;
  const countText =
    characterLimit === undefined
      ? ''
      : t(remaining >= 0 ? 'textarea.charactersLeft' : 'textarea.charactersOver', { count: Math.abs(remaining) });

  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current || !countText) return;
    const timer = setTimeout(() => announce(countText), COUNT_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [countText, announce]);

  return (
    <FieldRoot className={className} style={style}>
      <FieldHeader field={field} label={label} hint={hint} error={error} required={required} />
      <NativeTextarea
        ref={ref}
        aria-required={required || undefined}
        onChange={(event) => {
          typed.current = true;
          setUncontrolledLength(event.target.value.length);
          onChange?.(event);
          onValueChange?.(event.target.value);
        }}
        {...rest}
        {...field.controlProps}
      />
      {characterLimit !== undefined && (
        <Count id={countId} data-over={remaining < 0 || undefined}>
          {countText}
        </Count>
      )}
    </FieldRoot>
  );
});

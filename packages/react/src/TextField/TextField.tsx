'use client';
import { forwardRef, type InputHTMLAttributes } from 'react';
import { FieldHeader, useField, type FieldProps } from '../Field/index.js';
import { withClass } from '../internal/classes.js';
import { devCheckControlled } from '../internal/dev.js';

export interface TextFieldProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'required'> {
  /** Called with the new text on every change, next to the native `onChange`. */
  onValueChange?: (value: string) => void;
}

/** A single-line text input with its label, hint and error. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, required = false, id, className, style, onChange, onValueChange, ...rest },
  ref,
) {
  devCheckControlled('TextField', rest.value, [onChange, onValueChange], rest.readOnly);
  const field = useField({ component: 'TextField', id, label, hint, error, ...rest });
  return (
    <div className={withClass('samspill-field', className)} style={style}>
      <FieldHeader field={field} label={label} hint={hint} error={error} required={required} />
      <input
        ref={ref}
        className="samspill-text-field"
        type="text"
        aria-required={required || undefined}
        onChange={(event) => {
          onChange?.(event);
          onValueChange?.(event.target.value);
        }}
        {...rest}
        {...field.controlProps}
      />
    </div>
  );
});

'use client';
import { forwardRef, type InputHTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { FieldHeader, FieldRoot, controlCss, useField, type FieldProps } from '../Field/index.js';
import { devCheckControlled } from '../internal/dev.js';

export interface TextFieldProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'required'> {
  /** Called with the new text on every change, next to the native `onChange`. */
  onValueChange?: (value: string) => void;
}

const Input = styled.input`
  ${controlCss}
`;

/** A single-line text input with its label, hint and error. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hint, error, required = false, id, className, style, onChange, onValueChange, ...rest },
  ref,
) {
  devCheckControlled('TextField', rest.value, [onChange, onValueChange], rest.readOnly);
  const field = useField({ component: 'TextField', id, label, hint, error, ...rest });
  return (
    <FieldRoot className={className} style={style}>
      <FieldHeader field={field} label={label} hint={hint} error={error} required={required} />
      <Input
        ref={ref}
        type="text"
        aria-required={required || undefined}
        onChange={(event) => {
          onChange?.(event);
          onValueChange?.(event.target.value);
        }}
        {...rest}
        {...field.controlProps}
      />
    </FieldRoot>
  );
});

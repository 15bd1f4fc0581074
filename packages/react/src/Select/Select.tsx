'use client';
import { forwardRef, type SelectHTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { FieldHeader, FieldRoot, controlCss, useField, type FieldProps } from '../Field/index.js';
import { devCheckControlled } from '../internal/dev.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends FieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'required'> {
  /** The choices. Alternatively pass `<option>` elements as children. */
  options?: SelectOption[];
  /** Called with the chosen value, next to the native `onChange`. */
  onValueChange?: (value: string) => void;
}

const NativeSelect = styled.select`
  ${controlCss}
  padding-inline-end: var(--samspill-space-8);
  appearance: none;
  background-image:
    linear-gradient(45deg, transparent 50%, currentColor 50%),
    linear-gradient(135deg, currentColor 50%, transparent 50%);
  background-position:
    calc(100% - 1.125rem) 50%,
    calc(100% - 0.75rem) 50%;
  background-size: 0.375rem 0.375rem;
  background-repeat: no-repeat;
  cursor: pointer;

  @media (forced-colors: active) {
    appearance: auto;
    background-image: none;
  }
`;

/** A native select: the platform's own keyboard and screen-reader behaviour, with Samspill's label, hint and error. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { label, hint, error, required = false, options, children, id, className, style, onChange, onValueChange, ...rest },
  ref,
) {
  devCheckControlled('Select', rest.value, [onChange, onValueChange]);
  const field = useField({ component: 'Select', id, label, hint, error, ...rest });
  return (
    <FieldRoot className={className} style={style}>
      <FieldHeader field={field} label={label} hint={hint} error={error} required={required} />
      <NativeSelect
        ref={ref}
        aria-required={required || undefined}
        onChange={(event) => {
          onChange?.(event);
          onValueChange?.(event.target.value);
        }}
        {...rest}
        {...field.controlProps}
      >
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </NativeSelect>
    </FieldRoot>
  );
});

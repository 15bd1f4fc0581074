'use client';
import { forwardRef, type SelectHTMLAttributes } from 'react';
import { part } from '../internal/part.js';
import { FieldHeader, FieldRoot, useField, type FieldProps } from '../Field/index.js';
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

const NativeSelect = part('select', 'samspill-select');

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

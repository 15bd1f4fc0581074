'use client';
import { forwardRef, useEffect, useImperativeHandle, useRef, type InputHTMLAttributes } from 'react';
import { part } from '../internal/part.js';
import { ChoiceRow, ErrorText, FieldRoot, HintText, Required, useField, type FieldProps } from '../Field/index.js';
import { devInvariant } from '../internal/dev.js';

export interface CheckboxProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'required'> {
  /** "Some but not all": shown as a dash and read as "mixed". Cleared by the browser when the user toggles it.
   * @default false */
  indeterminate?: boolean;
  /** Called with the new checked state, next to the native `onChange`. */
  onCheckedChange?: (checked: boolean) => void;
}

const Input = part('input', 'samspill-choice-input');

/** A single checkbox with its label; Space toggles it, as the platform does. */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  {
    label,
    hint,
    error,
    required = false,
    indeterminate = false,
    id,
    className,
    style,
    onChange,
    onCheckedChange,
    ...rest
  },
  ref,
) {
  devInvariant(
    rest.checked !== undefined && onChange === undefined && onCheckedChange === undefined && !rest.readOnly,
    'Checkbox',
    'has `checked` but no `onChange` or `onCheckedChange`, so nobody can change it. Add a handler or use `defaultChecked`.',
  );
  const inputRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => inputRef.current!, []);
  // `indeterminate` exists only as a DOM property, never as an attribute.
  useEffect(() => {
    if (inputRef.current) inputRef.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const { controlId, hintId, errorId, controlProps } = useField({
    component: 'Checkbox',
    id,
    label,
    hint,
    error,
    ...rest,
  });
  return (
    <FieldRoot className={className} style={style}>
      <ChoiceRow>
        <Input
          ref={inputRef}
          type="checkbox"
          aria-required={required || undefined}
          onChange={(event) => {
            onChange?.(event);
            onCheckedChange?.(event.target.checked);
          }}
          {...rest}
          {...controlProps}
        />
        {label !== undefined && (
          <label htmlFor={controlId}>
            {label}
            <Required required={required} />
          </label>
        )}
      </ChoiceRow>
      {hint && <HintText id={hintId}>{hint}</HintText>}
      <ErrorText id={errorId}>{error}</ErrorText>
    </FieldRoot>
  );
});

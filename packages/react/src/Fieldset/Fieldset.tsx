'use client';
import { forwardRef, useId, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import { part } from '../internal/part.js';
import { ErrorText, HintText, Required } from '../Field/index.js';

export interface FieldsetProps extends Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'required'> {
  /** The question or heading for the group, read when focus enters it. */
  legend: ReactNode;
  /** Help for the whole group. */
  hint?: ReactNode;
  /** An error for the whole group. */
  error?: ReactNode;
  /** Says "(required)" after the legend.
   * @default false */
  required?: boolean;
}

export const StyledFieldset = part('fieldset', 'samspill-fieldset');

/** Groups related controls under one legend, with the group's hint and error read when focus enters it. */
export const Fieldset = forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(
  { legend, hint, error, required = false, children, 'aria-describedby': describedBy, ...rest },
  ref,
) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <StyledFieldset
      ref={ref}
      data-invalid={error ? true : undefined}
      aria-describedby={
        [describedBy, hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ') || undefined
      }
      {...rest}
    >
      <legend>
        {legend}
        <Required required={required} />
      </legend>
      {hint && <HintText id={hintId}>{hint}</HintText>}
      <ErrorText id={errorId}>{error}</ErrorText>
      {children}
    </StyledFieldset>
  );
});

'use client';
import { forwardRef, useId, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
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

export const StyledFieldset = styled.fieldset`
  display: flex;
  flex-direction: column;
  gap: var(--samspill-space-2);
  min-width: 0;
  margin: 0;
  padding: 0;
  border: 0;

  & > legend {
    padding: 0;
    margin-block-end: var(--samspill-space-1);
    color: var(--samspill-color-text-default);
    font-weight: var(--samspill-font-weight-semibold);
    font-size: var(--samspill-font-size-lg);
    line-height: var(--samspill-font-line-height-tight);
  }

  &[data-invalid] {
    padding-inline-start: var(--samspill-space-3);
    border-inline-start: var(--samspill-border-width-thick) solid var(--samspill-color-feedback-danger-border);
  }
`;

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

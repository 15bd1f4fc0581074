'use client';
import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { withClass } from '../internal/classes.js';
import { part } from '../internal/part.js';
import { useProviderMessages } from '../SamspillProvider/context.js';
import { devInvariant } from '../internal/dev.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

/** The props every labelled form control shares. */
export interface FieldProps {
  /** The visible label. Required unless `aria-label` or `aria-labelledby` names the control. */
  label?: ReactNode;
  /** Help shown under the label and read with the control, e.g. the format expected. */
  hint?: ReactNode;
  /** An error message. Marks the control invalid and is read with it; what the user typed is kept.*/
  error?: ReactNode;
  /** Says "(required)" in text after the label and sets `aria-required`.
   * @default false */
  required?: boolean;
}

interface UseFieldOptions extends FieldProps {
  component: string;
  id?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
}

/**
 * Ids and ARIA wiring for a labelled control: label, hint and error are tied to it with `aria-describedby` and
 * `aria-invalid`, and a control that nobody could name is refused in development.
 */
export function useField({ component, id, label, hint, error, ...aria }: UseFieldOptions) {
  const generated = useId();
  const controlId = id ?? `${generated}-control`;
  const hintId = `${generated}-hint`;
  const errorId = `${generated}-error`;
  devInvariant(
    label === undefined && !aria['aria-label'] && !aria['aria-labelledby'],
    component,
    `needs a \`label\` (or \`aria-label\`) so screen-reader users know what it is for.`,
  );
  const describedBy = [aria['aria-describedby'], hint ? hintId : undefined, error ? errorId : undefined]
    .filter(Boolean)
    .join(' ');
  return {
    controlId,
    hintId,
    errorId,
    controlProps: {
      id: controlId,
      'aria-describedby': describedBy || undefined,
      'aria-invalid': error ? (true as const) : undefined,
    },
  };
}

// FieldHeader and TextField render the label, hint and root elements themselves rather than through components:
// a form renders them once per field, and on a server each component layer costs as much as its element. FieldRoot
// and HintText serve the other controls.

/** The column that holds a field's label, hint, error and control. */
export function FieldRoot({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={withClass('samspill-field', className)} {...props} />;
}

/** "(required)" in words, after the label: a symbol alone is not enough. */
export function Required({ required }: { required?: boolean }) {
  const t = useProviderMessages();
  return required ? <span className="samspill-field__required"> {t('field.required')}</span> : null;
}

/** Help under the label, read with the control through `aria-describedby`. */
export function HintText({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={withClass('samspill-field__hint', className)} {...props} />;
}

/** The error, prefixed with "Error:" for screen readers so it is not told by colour alone. */
export function ErrorText({ id, children }: { id: string; children?: ReactNode }) {
  const t = useProviderMessages();
  if (!children) return null;
  return (
    <div className="samspill-field__error" id={id}>
      <VisuallyHidden>{`${t('alert.tone.danger')} `}</VisuallyHidden>
      {children}
    </div>
  );
}

/** Label, hint and error above a text input, text area or select, in the order GOV.UK research found best. */
export function FieldHeader({
  field,
  label,
  hint,
  error,
  required,
}: FieldProps & { field: ReturnType<typeof useField> }) {
  return (
    <>
      {label !== undefined && (
        <label className="samspill-field__label" htmlFor={field.controlId}>
          {label}
          {/* Rendered only when there is something to show: a form of many fields then runs no empty components. */}
          {required && <Required required />}
        </label>
      )}
      {hint && (
        <div className="samspill-field__hint" id={field.hintId}>
          {hint}
        </div>
      )}
      {error ? <ErrorText id={field.errorId}>{error}</ErrorText> : null}
    </>
  );
}

/**
 * Checkboxes and radios: the native input, drawn at 24 px so the target itself meets WCAG 2.5.8.
 * @deprecated Samspill's styles are a static stylesheet now (`@samspill/react/styles.css`): give the input the class
 * `samspill-choice-input` instead. This text is no longer used by Samspill and goes in the next minor version.
 */
export const choiceInputCss = `
  appearance: none;
  flex-shrink: 0;
  display: inline-grid;
  place-content: center;
  width: var(--samspill-size-target-minimum);
  height: var(--samspill-size-target-minimum);
  margin: 0;
  border: var(--samspill-border-width-thick) solid var(--samspill-color-border-strong);
  border-radius: var(--samspill-radius-sm);
  background-color: var(--samspill-color-surface-default);
  color: var(--samspill-color-action-primary-text);
  cursor: pointer;

  &::before {
    content: '';
    width: 0.75rem;
    height: 0.75rem;
    transform: scale(0);
    background-color: currentColor;
    clip-path: polygon(14% 44%, 0 65%, 50% 100%, 100% 16%, 80% 0%, 43% 62%);
  }

  /* Only a checkbox can be mixed: browsers also match :indeterminate on every radio of a group with none
     checked, which would draw an unanswered question as answered. */
  &:checked,
  &[type='checkbox']:indeterminate {
    border-color: var(--samspill-color-action-primary-background);
    background-color: var(--samspill-color-action-primary-background);
  }

  &:checked::before {
    transform: scale(1);
  }

  &[type='checkbox']:indeterminate::before {
    transform: scale(1);
    height: 0.1875rem;
    clip-path: none;
  }

  &[type='radio'] {
    border-radius: 50%;
  }

  &[type='radio']::before {
    clip-path: circle(50%);
    width: 0.625rem;
    height: 0.625rem;
  }

  &:focus-visible {
    outline: var(--samspill-border-width-focus) solid var(--samspill-color-focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--samspill-color-focus-ring-inner);
  }

  &[aria-invalid='true'] {
    border-color: var(--samspill-color-feedback-danger-border);
  }

  &:disabled {
    border-color: var(--samspill-color-action-disabled-border);
    background-color: var(--samspill-color-action-disabled-background);
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    border-color: FieldText;
    &:checked,
    &[type='checkbox']:indeterminate {
      background-color: Highlight;
      border-color: Highlight;
    }
    &::before {
      background-color: HighlightText;
    }
    &:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const ChoiceRow = part('div', 'samspill-choice');

'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type HTMLAttributes,
  type MouseEvent,
} from 'react';
import { part } from '../internal/part.js';
import type { HeadingLevel } from '../Heading/Heading.js';
import { useProviderMessages } from '../SamspillProvider/context.js';

export interface ErrorSummaryItem {
  /** The `id` of the control to move to: the input itself, or the first input of a group. */
  fieldId: string;
  /** What is wrong and how to fix it, the same words as the field's own error. */
  message: string;
}

export interface ErrorSummaryProps extends HTMLAttributes<HTMLDivElement> {
  /** One entry per error, in the order of the fields on the page. Nothing renders when empty. */
  errors: ErrorSummaryItem[];
  /** The heading. Defaults to the locale's "There is a problem". */
  title?: string;
  /** The heading level, to keep the page outline correct.
   * @default 2 */
  headingLevel?: HeadingLevel;
}

const Root = part('div', 'samspill-error-summary');

/**
 * The list of what to fix after a form is sent. It takes focus when it appears, and again each time its form (the
 * one around it or beside it) is sent while errors remain, so keyboard and screen-reader users learn that the send
 * failed and start there; each entry links to its field and moves focus to it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, title, headingLevel = 2, ...rest },
  ref,
) {
  const t = useProviderMessages();
  const rootRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useImperativeHandle(ref, () => rootRef.current!, []);
  const hasErrors = errors.length > 0;
  // A new set of errors moves focus here again, and so does sending the form again with the same ones.
  const errorKey = errors.map((error) => `${error.fieldId}:${error.message}`).join('|');
  const [sends, setSends] = useState(0);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // The summary's form is the one around it or one beside it; another form on the page is left alone.
    const onSubmit = (event: Event) => {
      const form = event.target as Node;
      if (form.contains(root) || root.parentElement?.contains(form)) setSends((count) => count + 1);
    };
    root.ownerDocument.addEventListener('submit', onSubmit);
    return () => root.ownerDocument.removeEventListener('submit', onSubmit);
  }, [hasErrors]);

  useEffect(() => {
    if (errorKey) rootRef.current?.focus();
  }, [errorKey, sends]);

  if (!hasErrors) return null;
  const Heading = `h${headingLevel}` as const;

  function moveToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView?.({ block: 'center' });
    field.focus();
  }

  return (
    <Root ref={rootRef} tabIndex={-1} aria-labelledby={titleId} role="group" {...rest}>
      <Heading id={titleId} data-part="title">
        {title ?? t('errorSummary.title')}
      </Heading>
      <ul>
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <a href={`#${error.fieldId}`} onClick={(event) => moveToField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </Root>
  );
});

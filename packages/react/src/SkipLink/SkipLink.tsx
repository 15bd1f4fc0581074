'use client';
import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { styled } from 'styled-components';
import { useMessages } from '../SamspillProvider/context.js';
import { visuallyHiddenCss } from '../VisuallyHidden/VisuallyHidden.js';

export interface SkipLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The id of the main content, without `#`.
   * @default 'main' */
  targetId?: string;
}

const StyledSkipLink = styled.a`
  &:not(:focus) {
    ${visuallyHiddenCss}
  }

  &:focus {
    position: absolute;
    inset-block-start: var(--samspill-space-2);
    inset-inline-start: var(--samspill-space-2);
    z-index: var(--samspill-z-index-toast);
    padding: var(--samspill-space-3) var(--samspill-space-4);
    background: var(--samspill-color-surface-raised);
    color: var(--samspill-color-text-link);
    font-weight: var(--samspill-font-weight-semibold);
    outline: var(--samspill-border-width-focus) solid var(--samspill-color-focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--samspill-color-focus-ring-inner);
  }
`;

/** The first link on a page: lets keyboard users jump past the header to the main content. */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { targetId = 'main', children, onClick, ...rest },
  ref,
) {
  const t = useMessages();

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const target = document.getElementById(targetId);
    if (!target || event.defaultPrevented) return;
    // Move focus too, not only the scroll position, so the next Tab continues from the main content.
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.();
  }

  return (
    <StyledSkipLink ref={ref} href={`#${targetId}`} onClick={handleClick} {...rest}>
      {children ?? t('skipLink.label')}
    </StyledSkipLink>
  );
});

'use client';
import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { part } from '../internal/part.js';
import { useProviderMessages } from '../SamspillProvider/context.js';

export interface SkipLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** The id of the main content, without `#`.
   * @default 'main' */
  targetId?: string;
}

const StyledSkipLink = part('a', 'samspill-skip-link');

/** The first link on a page: lets keyboard users jump past the header to the main content. */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { targetId = 'main', children, onClick, ...rest },
  ref,
) {
  const t = useProviderMessages();

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

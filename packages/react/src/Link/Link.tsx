'use client';
import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { useMessages } from '../SamspillProvider/context.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Where the link goes. */
  href: string;
  /** The link leaves this service. Screen readers hear "external site" and an arrow shows it visually.
   * @default false */
  external?: boolean;
}

const StyledLink = styled.a`
  color: var(--samspill-color-text-link);
  text-decoration: underline;
  text-decoration-thickness: max(1px, 0.0625em);
  text-underline-offset: 0.15em;
  border-radius: var(--samspill-radius-sm);

  &:visited {
    color: var(--samspill-color-text-link-visited);
  }

  &:hover {
    text-decoration-thickness: max(2px, 0.125em);
  }

  &:focus-visible {
    outline: var(--samspill-border-width-focus) solid var(--samspill-color-focus-ring);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    &:focus-visible {
      outline-color: Highlight;
    }
  }
`;

const ExternalMark = styled.span`
  display: inline-block;
  margin-inline-start: 0.15em;
  text-decoration: none;
`;

/** A link for navigation. External links and links that open a new tab say so to screen readers. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { external = false, target, rel, children, ...rest },
  ref,
) {
  const t = useMessages();
  const opensNewTab = target === '_blank';
  const notes = [external && t('link.external'), opensNewTab && t('link.newTab')].filter(Boolean);
  return (
    <StyledLink
      ref={ref}
      target={target}
      rel={opensNewTab ? [rel, 'noopener', 'noreferrer'].filter(Boolean).join(' ') : rel}
      data-external={external || undefined}
      {...rest}
    >
      {children}
      {notes.length > 0 && <VisuallyHidden>{` (${notes.join(', ')})`}</VisuallyHidden>}
      {(external || opensNewTab) && <ExternalMark aria-hidden="true">↗</ExternalMark>}
    </StyledLink>
  );
});

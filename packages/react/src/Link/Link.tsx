'use client';
import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { part } from '../internal/part.js';
import { useProviderMessages } from '../SamspillProvider/context.js';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';
import { isSafeHref } from './safeHref.js';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Where the link goes: a path, an anchor, or an http(s), `mailto:`, `tel:` or `sms:` URL. Any other scheme
   * (`javascript:`, `data:`, `vbscript:`, ...) is refused in every build: the text shows, but is not a link. */
  href: string;
  /** The link leaves this service. Screen readers hear "external site" and an arrow shows it visually.
   * @default false */
  external?: boolean;
}

const StyledLink = part('a', 'samspill-link');

const ExternalMark = part('span', 'samspill-link__external');

/**
 * A link for navigation. External links and links that open a new tab say so to screen readers. A link with an
 * unsafe scheme is refused in production too (React 18 follows `javascript:` links, and no version blocks
 * `data:`), so a link from a CMS or configuration cannot run script in the visitor's page.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { external = false, target, rel, children, href, ...rest },
  ref,
) {
  const t = useProviderMessages();
  const safe = isSafeHref(href);
  if (!safe && process.env.NODE_ENV !== 'production') {
    console.error(
      `Link: refused the href ${JSON.stringify(href)}: only paths, anchors and http(s), mailto:, tel: and sms: links are followed, so a link from data cannot run script. Fix the link where it comes from.`,
    );
  }
  const opensNewTab = target === '_blank';
  const notes = [external && t('link.external'), opensNewTab && t('link.newTab')].filter(Boolean);
  return (
    <StyledLink
      ref={ref}
      href={safe ? href : undefined}
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

'use client';
import { forwardRef, type ReactNode } from 'react';
import { Link, useMessages, type Messages } from '@samspill/react';
import { en } from '../locales/en.js';

export interface HelpPageLinkProps {
  href: string;
  className?: string | undefined;
  strings?: Partial<Messages> | undefined;
  children?: ReactNode;
}

/**
 * HelpLink's link form: "Contact us" to the contact page, marked as the page's help entry. Its own module, so a
 * pattern that only links to help (a status banner, a notice) does not bundle the contact options and the dialog.
 */
export const HelpPageLink = forwardRef<HTMLAnchorElement, HelpPageLinkProps>(function HelpPageLink(
  { href, className, strings, children },
  ref,
) {
  const t = useMessages(strings, en);
  return (
    <Link ref={ref} href={href} className={className} data-samspill-help="">
      {children ?? t('help.link')}
    </Link>
  );
});

/**
 * A pattern's `help` prop as shown: a URL string becomes Samspill's help link (with `children` as its text, or the
 * locale's "Contact us"), anything else is shown as it is given.
 */
export function HelpTarget({
  help,
  strings,
  children,
}: {
  help: ReactNode;
  strings?: Partial<Messages> | undefined;
  children?: ReactNode;
}) {
  if (typeof help !== 'string') return help;
  return (
    <HelpPageLink href={help} strings={strings}>
      {children}
    </HelpPageLink>
  );
}

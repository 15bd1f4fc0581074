'use client';
import type { ReactNode } from 'react';
import type { Messages } from '@samspill/react';
import { HelpLink } from './HelpLink.js';

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
    <HelpLink href={help} {...(strings !== undefined && { strings })}>
      {children}
    </HelpLink>
  );
}

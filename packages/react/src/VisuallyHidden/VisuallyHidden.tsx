import { forwardRef, type HTMLAttributes } from 'react';
import { part } from '../internal/part.js';

/**
 * Hides content visually while keeping it in the accessibility tree.
 * @deprecated Samspill's styles are a static stylesheet now (`@samspill/react/styles.css`): give the element the class
 * `samspill-visually-hidden`, or render `VisuallyHidden`. This text is no longer used by Samspill and goes in the next
 * minor version.
 */
export const visuallyHiddenCss = `
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;

const Hidden = part('span', 'samspill-visually-hidden');

export type VisuallyHiddenProps = HTMLAttributes<HTMLSpanElement>;

/** Text for screen-reader users only, such as context a sighted reader gets from the layout. */
export const VisuallyHidden = forwardRef<HTMLSpanElement, VisuallyHiddenProps>(function VisuallyHidden(props, ref) {
  return <Hidden ref={ref} {...props} />;
});

import { forwardRef, type HTMLAttributes } from 'react';
import { css, styled } from 'styled-components';

/** Hides content visually while keeping it in the accessibility tree. Shared by components that need it. */
export const visuallyHiddenCss = css`
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

const Hidden = styled.span`
  ${visuallyHiddenCss}
`;

export type VisuallyHiddenProps = HTMLAttributes<HTMLSpanElement>;

/** Text for screen-reader users only, such as context a sighted reader gets from the layout. */
export const VisuallyHidden = forwardRef<HTMLSpanElement, VisuallyHiddenProps>(function VisuallyHidden(props, ref) {
  return <Hidden ref={ref} {...props} />;
});

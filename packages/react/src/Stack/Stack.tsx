import { forwardRef, type HTMLAttributes } from 'react';
import { part } from '../internal/part.js';

/** Steps of the space scale a stack can put between its children. */
export type StackGap = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 8 | 10 | 12 | 16;

export interface StackProps extends HTMLAttributes<HTMLDivElement> {
  /** Lay the children out in a column or a row.
   * @default 'column' */
  direction?: 'column' | 'row';
  /** Space between children, as a step of the space scale.
   * @default 4 */
  gap?: StackGap;
  /** Cross-axis alignment.
   * @default 'stretch' */
  align?: 'start' | 'center' | 'end' | 'stretch' | 'baseline';
  /** Let a row wrap onto more lines instead of overflowing on narrow screens.
   * @default true */
  wrap?: boolean;
  /** The element to render, e.g. `ul` for a list of items.
   * @default 'div' */
  as?: 'div' | 'section' | 'ul' | 'ol' | 'nav';
}

const StyledStack = part('div', 'samspill-stack');

/** Puts space between its children from the space scale, so layouts share one rhythm. */
export const Stack = forwardRef<HTMLDivElement, StackProps>(function Stack(
  { direction = 'column', gap = 4, align = 'stretch', wrap = true, ...rest },
  ref,
) {
  return (
    <StyledStack
      ref={ref}
      data-direction={direction}
      data-gap={gap}
      data-align={align}
      data-wrap={(wrap && direction === 'row') || undefined}
      {...rest}
    />
  );
});

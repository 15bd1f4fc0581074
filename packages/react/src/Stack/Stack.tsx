import { forwardRef, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';

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

const gaps: StackGap[] = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 16];

const StyledStack = styled.div`
  display: flex;
  flex-direction: column;
  margin: 0;
  padding: 0;
  list-style: none;

  &[data-direction='row'] {
    flex-direction: row;
  }
  &[data-wrap] {
    flex-wrap: wrap;
  }
  &[data-align='start'] {
    align-items: flex-start;
  }
  &[data-align='center'] {
    align-items: center;
  }
  &[data-align='end'] {
    align-items: flex-end;
  }
  &[data-align='baseline'] {
    align-items: baseline;
  }
  ${gaps.map((gap) => `&[data-gap='${gap}'] { gap: var(--samspill-space-${gap}); }`).join('\n')}
`;

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

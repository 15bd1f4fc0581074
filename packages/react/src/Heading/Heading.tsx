import { forwardRef, type HTMLAttributes } from 'react';
import { part } from '../internal/part.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingSize = 'small' | 'medium' | 'large' | 'xlarge';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The place in the page outline (`h1`–`h6`). Choose it by structure, never by looks: use `size` for looks. */
  level: HeadingLevel;
  /** Visual size, independent of the level.
   * @default chosen from the level */
  size?: HeadingSize;
}

const defaultSize: Record<HeadingLevel, HeadingSize> = {
  1: 'xlarge',
  2: 'large',
  3: 'medium',
  4: 'small',
  5: 'small',
  6: 'small',
};

const StyledHeading = part('h2', 'samspill-heading');

/** A section heading. The level keeps the outline correct wherever the component is placed. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading({ level, size, ...rest }, ref) {
  return <StyledHeading ref={ref} as={`h${level}`} data-size={size ?? defaultSize[level]} {...rest} />;
});

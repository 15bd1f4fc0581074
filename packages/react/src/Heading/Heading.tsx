import { forwardRef, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';

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

const StyledHeading = styled.h2`
  margin: 0;
  font-family: var(--samspill-font-family-heading);
  font-weight: var(--samspill-font-weight-bold);
  line-height: var(--samspill-font-line-height-tight);
  color: var(--samspill-color-text-default);
  text-wrap: balance;
  overflow-wrap: break-word;

  &[data-size='small'] {
    font-size: var(--samspill-font-size-lg);
  }
  &[data-size='medium'] {
    font-size: var(--samspill-font-size-xl);
  }
  &[data-size='large'] {
    font-size: var(--samspill-font-size-2xl);
  }
  &[data-size='xlarge'] {
    font-size: var(--samspill-font-size-3xl);
  }
`;

/** A section heading. The level keeps the outline correct wherever the component is placed. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading({ level, size, ...rest }, ref) {
  return <StyledHeading ref={ref} as={`h${level}`} data-size={size ?? defaultSize[level]} {...rest} />;
});

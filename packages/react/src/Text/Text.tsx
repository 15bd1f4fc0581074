import { forwardRef, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';

export interface TextProps extends HTMLAttributes<HTMLParagraphElement> {
  /** The element to render: a paragraph for running text, a span inside other text.
   * @default 'p' */
  as?: 'p' | 'span' | 'div';
  /** Text size.
   * @default 'medium' */
  size?: 'small' | 'medium' | 'large';
  /** `subtle` for secondary information; it still meets 4.5:1 contrast in every theme.
   * @default 'default' */
  tone?: 'default' | 'subtle';
}

const StyledText = styled.p`
  margin: 0;
  color: var(--samspill-color-text-default);
  font-size: var(--samspill-font-size-md);
  line-height: var(--samspill-font-line-height-relaxed);
  max-width: 70ch;
  overflow-wrap: break-word;

  &[data-size='small'] {
    font-size: var(--samspill-font-size-sm);
  }
  &[data-size='large'] {
    font-size: var(--samspill-font-size-lg);
  }
  &[data-tone='subtle'] {
    color: var(--samspill-color-text-subtle);
  }
`;

/** Body text, set for reading: a comfortable line length and line height. */
export const Text = forwardRef<HTMLParagraphElement, TextProps>(function Text(
  { as = 'p', size = 'medium', tone = 'default', ...rest },
  ref,
) {
  return <StyledText ref={ref} as={as} data-size={size} data-tone={tone} {...rest} />;
});

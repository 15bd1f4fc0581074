import { forwardRef, type HTMLAttributes } from 'react';
import { part } from '../internal/part.js';
import { devWarnRenamed } from '../internal/dev.js';

/** @deprecated Renamed `neutral`; `'default'` is removed in the next minor version. */
type TextToneDeprecated = 'default';

export interface TextProps extends HTMLAttributes<HTMLParagraphElement> {
  /** The element to render: a paragraph for running text, a span inside other text.
   * @default 'p' */
  as?: 'p' | 'span' | 'div';
  /** Text size.
   * @default 'medium' */
  size?: 'small' | 'medium' | 'large';
  /** `subtle` for secondary information; it still meets 4.5:1 contrast in every theme.
   * @default 'neutral' */
  tone?: 'neutral' | 'subtle' | TextToneDeprecated;
}

const StyledText = part('p', 'samspill-text');

/** Body text, set for reading: a comfortable line length and line height. */
export const Text = forwardRef<HTMLParagraphElement, TextProps>(function Text(
  { as = 'p', size = 'medium', tone = 'neutral', ...rest },
  ref,
) {
  if (tone === 'default') devWarnRenamed('Text', "tone 'default'", "tone 'neutral'");
  return <StyledText ref={ref} as={as} data-size={size} data-tone={tone === 'default' ? 'neutral' : tone} {...rest} />;
});

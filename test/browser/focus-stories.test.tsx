// A focus story must show its focus ring on a docs page too. There, stories sit below other stories, so a Tab from
// the top of the page lands in another one, and play functions run only when the story asks docs to autoplay it.
import { composeStories } from '@storybook/react-vite';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import preview from '../../.storybook/preview.js';
import * as ButtonStories from '../../packages/react/src/Button/Button.stories.js';
import * as SkipLinkStories from '../../packages/react/src/SkipLink/SkipLink.stories.js';
import * as TextFieldStories from '../../packages/react/src/TextField/TextField.stories.js';

const focusStories = [
  ['Button', composeStories(ButtonStories, preview).Focus],
  ['SkipLink', composeStories(SkipLinkStories, preview).Focus],
  ['TextField', composeStories(TextFieldStories, preview).Focus],
] as const;

describe('focus stories on a docs page', () => {
  it.each(focusStories)(
    '%s shows its focus ring below other stories, and docs run its play function',
    async (_, Story) => {
      expect(Story.parameters.docs?.story?.autoplay, 'docs pages play the story, so its focus is shown there').toBe(
        true,
      );
      const screen = await render(
        <>
          <button type="button">A story above this one</button>
          <div data-testid="canvas">
            <Story />
          </div>
        </>,
      );
      const canvasElement = screen.getByTestId('canvas').element() as HTMLElement;
      await Story.play!({ canvasElement });
      const focused = document.activeElement as HTMLElement;
      expect(canvasElement.contains(focused), 'focus is in this story').toBe(true);
      expect(focused.matches(':focus-visible')).toBe(true);
      expect(getComputedStyle(focused).outlineStyle).toBe('solid');
    },
  );
});

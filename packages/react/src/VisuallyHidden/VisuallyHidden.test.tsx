import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { VisuallyHidden } from './VisuallyHidden.js';

describe('VisuallyHidden', () => {
  it('is read as part of the name but takes no visible space', async () => {
    const screen = await render(
      <a href="#bill">
        Download <VisuallyHidden>the November bill</VisuallyHidden>
      </a>,
    );
    await expect.element(screen.getByRole('link')).toHaveAccessibleName('Download the November bill');
    const { width, height } = screen.getByText('the November bill').element().getBoundingClientRect();
    expect(width * height).toBeLessThanOrEqual(1);
  });
});

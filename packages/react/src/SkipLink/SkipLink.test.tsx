import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { SkipLink } from './SkipLink.js';

describe('SkipLink', () => {
  it('is the first Tab stop, shows itself, and moves focus to the main content when followed (WCAG 2.4.1)', async () => {
    const screen = await render(
      withProvider(
        <>
          <SkipLink />
          <a href="/">Home</a>
          <main id="main">
            <h1>Bills</h1>
            <a href="/bills/1">First bill</a>
          </main>
        </>,
      ),
    );
    await userEvent.keyboard('{Tab}');
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    await expect.element(skip).toHaveFocus();
    expect(skip.element().getBoundingClientRect().width).toBeGreaterThan(1);

    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('main')).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('link', { name: 'First bill' })).toHaveFocus();
  });
});

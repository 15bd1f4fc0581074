import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Disclosure } from './Disclosure.js';

describe('Disclosure', () => {
  it('shows and hides its content with Enter and Space, saying so with aria-expanded', async () => {
    const onOpenChange = vi.fn();
    const screen = await render(
      withProvider(
        <Disclosure title="Read the full terms" onOpenChange={onOpenChange}>
          Section 1
        </Disclosure>,
      ),
    );
    const trigger = screen.getByRole('button', { name: 'Read the full terms' });
    await expect.element(screen.getByText('Section 1')).not.toBeVisible();
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByText('Section 1')).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
  });

  it('still takes the old `summary` for one minor version, and warns once that it is now `title`', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const screen = await render(
      withProvider(
        <>
          <Disclosure summary="Read the full terms">Section 1</Disclosure>
          <Disclosure summary="Read the privacy notice">Section 2</Disclosure>
        </>,
      ),
    );
    await expect.element(screen.getByRole('button', { name: 'Read the full terms' })).toBeInTheDocument();
    await expect.element(screen.getByRole('button', { name: 'Read the privacy notice' })).toBeInTheDocument();
    expect(warn.mock.calls.filter(([message]) => String(message).includes('`summary` is now `title`'))).toHaveLength(1);
    warn.mockRestore();
  });
});

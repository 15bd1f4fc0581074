import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { Button } from '../Button/Button.js';
import { SamspillProvider } from './SamspillProvider.js';
import { useAnnounce } from './context.js';

function AnnounceOnClick({ message, politeness }: { message: string; politeness?: 'polite' | 'assertive' }) {
  const announce = useAnnounce();
  return <Button onClick={() => announce(message, politeness)}>Announce</Button>;
}

describe('SamspillProvider', () => {
  it('marks its element with the theme and language it provides', async () => {
    const screen = await render(
      <SamspillProvider theme="dark" locale="nn" data-testid="root">
        Innhald
      </SamspillProvider>,
    );
    const root = screen.getByTestId('root');
    await expect.element(root).toHaveAttribute('data-samspill-theme', 'dark');
    await expect.element(root).toHaveAttribute('lang', 'nn');
  });

  it('gives every theme its own colours from the token custom properties', async () => {
    const colours = [];
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const screen = await render(<SamspillProvider theme={theme} data-testid="root" />);
      const style = getComputedStyle(screen.getByTestId('root').element());
      expect(style.getPropertyValue('--samspill-color-text-default').trim()).not.toBe('');
      colours.push(`${style.color} on ${style.backgroundColor}`);
      await screen.unmount();
    }
    expect(new Set(colours).size).toBe(3);
  });

  it('speaks polite and assertive messages through separate live regions', async () => {
    const screen = await render(
      <SamspillProvider>
        <AnnounceOnClick message="Your message was sent" politeness="assertive" />
      </SamspillProvider>,
    );
    await screen.getByRole('button', { name: 'Announce' }).click();
    const assertive = document.querySelector('[data-samspill-live="assertive"]')!;
    expect(assertive.getAttribute('aria-live')).toBe('assertive');
    await expect.poll(() => assertive.textContent).toBe('Your message was sent');
  });

  it('warns once, with the fix, when a component announces without a provider', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const screen = await render(<AnnounceOnClick message="Hello" />);
    await screen.getByRole('button').click();
    await screen.getByRole('button').click();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/Wrap your app in <SamspillProvider>/);
    warn.mockRestore();
  });
});

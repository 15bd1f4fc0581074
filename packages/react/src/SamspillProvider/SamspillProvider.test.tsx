import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { Button } from '../Button/Button.js';
import { TextField } from '../TextField/TextField.js';
import { SamspillProvider } from './SamspillProvider.js';
import { useAnnounce } from './context.js';

function AnnounceOnClick({ message, urgency }: { message: string; urgency?: 'polite' | 'urgent' | 'assertive' }) {
  const announce = useAnnounce();
  return <Button onClick={() => announce(message, urgency)}>Announce</Button>;
}

describe('SamspillProvider', () => {
  it('marks its element with the theme and language it provides (WCAG 3.1.2)', async () => {
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

  it('speaks polite and urgent messages through separate live regions (WCAG 4.1.3)', async () => {
    const screen = await render(
      <SamspillProvider>
        <AnnounceOnClick message="Your message was sent" urgency="urgent" />
      </SamspillProvider>,
    );
    await screen.getByRole('button', { name: 'Announce' }).click();
    const urgent = document.querySelector('[aria-live="assertive"]')!;
    await expect.poll(() => urgent.textContent).toBe('Your message was sent');
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('');
  });

  it('still takes the old `assertive` for one minor version, and warns once that it is now `urgent`', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const screen = await render(
      <SamspillProvider>
        <AnnounceOnClick message="Payment failed" urgency="assertive" />
      </SamspillProvider>,
    );
    await screen.getByRole('button', { name: 'Announce' }).click();
    await screen.getByRole('button', { name: 'Announce' }).click();
    const urgent = document.querySelector('[aria-live="assertive"]')!;
    await expect.poll(() => urgent.textContent).toBe('Payment failed');
    expect(
      warn.mock.calls.filter(([message]) => String(message).includes("`'assertive'` is now `'urgent'`")),
    ).toHaveLength(1);
    warn.mockRestore();
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

  // The Profiler sits below the element React skips, so it hears of every component that re-renders beneath it.
  const page = (onRender: () => void) => (
    <div>
      <Profiler id="page" onRender={onRender}>
        <Button>Save</Button>
        <Button variant="secondary">Cancel</Button>
        <TextField label="Name" />
      </Profiler>
    </div>
  );

  it('re-renders no button or field when the theme switches', async () => {
    const rendered = vi.fn();
    // The same element on every render, as an app's page is: only what reads the theme could re-render.
    const content = page(rendered);
    const screen = await render(<SamspillProvider theme="light">{content}</SamspillProvider>);
    rendered.mockClear();
    await screen.rerender(<SamspillProvider theme="dark">{content}</SamspillProvider>);
    expect(screen.container.querySelector('[data-samspill-theme]')?.getAttribute('data-samspill-theme')).toBe('dark');
    expect(rendered).not.toHaveBeenCalled();
  });

  it('switches every colour at once, without fading from the old theme', async () => {
    const content = page(() => {});
    const screen = await render(<SamspillProvider theme="light">{content}</SamspillProvider>);
    const button = screen.getByRole('button', { name: 'Save' }).element();
    const lightBackground = getComputedStyle(button).backgroundColor;
    await screen.rerender(<SamspillProvider theme="dark">{content}</SamspillProvider>);
    const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
    expect(transitions.map((transition) => transition.transitionProperty)).toEqual([]);
    expect(getComputedStyle(button).backgroundColor).not.toBe(lightBackground);
  });

  it('shows built-in strings in the catalogue it is given, and says how to pass one it lacks', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fi } = await import('../locales/index.js');
    const finnish = await render(
      <SamspillProvider locale="fi" strings={fi}>
        <TextField label="Nimi" required />
      </SamspillProvider>,
    );
    await expect.element(finnish.getByText('(pakollinen)')).toBeVisible();
    expect(warn).not.toHaveBeenCalled();
    await finnish.unmount();

    const screen = await render(
      <SamspillProvider locale="uk-UA">
        <TextField label="Ім'я" required />
      </SamspillProvider>,
    );
    await expect.element(screen.getByText('(required)')).toBeVisible();
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /import \{ uk \} from '@samspill\/react\/locales'; <SamspillProvider locale="uk-UA" strings=\{uk\}>/,
    );
    warn.mockRestore();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Alert } from './Alert.js';

describe('Alert', () => {
  it('interrupts only for urgent errors: danger is an alert, other tones are polite status messages', async () => {
    const screen = await render(
      withProvider(
        <>
          <Alert tone="danger" title="Payment failed">
            Your card was declined.
          </Alert>
          <Alert tone="success" title="Saved">
            We saved your new address.
          </Alert>
          <Alert tone="info" urgency="static">
            Planned work on Sunday.
          </Alert>
        </>,
      ),
    );
    await expect.element(screen.getByRole('alert', { name: 'Error: Payment failed' })).toBeInTheDocument();
    await expect.element(screen.getByRole('status', { name: 'Success: Saved' })).toBeInTheDocument();
    expect(screen.getByText('Planned work on Sunday.').element().closest('[role]')).toBeNull();
  });

  it('says the tone in words in the locale, and offers a named dismiss button (WCAG 1.4.1, 4.1.2)', async () => {
    const onDismiss = vi.fn();
    const screen = await render(
      withProvider(<Alert tone="warning" title="Planlagt arbeid" onDismiss={onDismiss} />, { locale: 'nb' }),
    );
    await expect.element(screen.getByRole('status', { name: 'Advarsel: Planlagt arbeid' })).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Lukk melding' }).click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('gives each tone an icon of its own shape, so warning and danger are told apart without colour (WCAG 1.4.1)', async () => {
    const tones = ['info', 'success', 'warning', 'danger'] as const;
    const screen = await render(
      withProvider(
        <>
          {tones.map((tone) => (
            <Alert key={tone} tone={tone} title={tone} urgency="static" />
          ))}
        </>,
      ),
    );
    const shapes = tones.map((tone) =>
      screen.container.querySelector(`[data-tone='${tone}'] svg path`)?.getAttribute('d'),
    );
    expect(shapes).not.toContain(undefined);
    expect(new Set(shapes).size).toBe(tones.length);
  });

  it('keeps the close button at the top, level with the title, however long the message', async () => {
    const screen = await render(
      withProvider(
        <div style={{ width: 320 }}>
          <Alert tone="warning" title="Planned work" urgency="static" onDismiss={() => {}}>
            {'The customer portal is closed on Sunday night while we move it to new servers. '.repeat(6)}
          </Alert>
        </div>,
      ),
    );
    const title = screen.getByText('Planned work').element().getBoundingClientRect();
    const close = screen.getByRole('button', { name: 'Dismiss' }).element().getBoundingClientRect();
    const notice = screen.getByText('Planned work').element().closest('[data-tone]')!.getBoundingClientRect();
    expect(Math.abs(close.top - title.top)).toBeLessThanOrEqual(2);
    expect(close.bottom).toBeLessThan(notice.top + notice.height / 3);
  });

  it('gives its title heading level 2 unless told otherwise', async () => {
    const screen = await render(
      withProvider(
        <>
          <Alert title="Saved" urgency="static" />
          <Alert title="Planned work" urgency="static" headingLevel={4} />
        </>,
      ),
    );
    await expect.element(screen.getByRole('heading', { level: 2, name: 'Information: Saved' })).toBeInTheDocument();
    await expect
      .element(screen.getByRole('heading', { level: 4, name: 'Information: Planned work' }))
      .toBeInTheDocument();
  });

  it('hides itself when `dismissible` and its dismiss button is pressed, then tells `onDismiss`', async () => {
    const onDismiss = vi.fn();
    const screen = await render(
      withProvider(
        <>
          <Alert tone="warning" title="Planned work" urgency="static" dismissible>
            Sunday 02:00–04:00.
          </Alert>
          <Alert tone="info" title="New prices" urgency="static" dismissible onDismiss={onDismiss}>
            From 1 January.
          </Alert>
        </>,
      ),
    );
    const [first, second] = screen.getByRole('button', { name: 'Dismiss' }).elements();
    await userEvent.click(first!);
    await expect.element(screen.getByText('Sunday 02:00–04:00.')).not.toBeInTheDocument();
    await userEvent.click(second!);
    await expect.element(screen.getByText('From 1 January.')).not.toBeInTheDocument();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

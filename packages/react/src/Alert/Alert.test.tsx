import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { withProvider } from '../../test/helpers.js';
import { Alert } from './Alert.js';

describe('Alert', () => {
  it('interrupts only for urgent errors: danger is an alert, other tones are polite status messages', async () => {
    const screen = await render(
      withProvider(
        <>
          <Alert tone="danger" title="Payment failed">Your card was declined.</Alert>
          <Alert tone="success" title="Saved">We saved your new address.</Alert>
          <Alert tone="info" urgency="static">Planned work on Sunday.</Alert>
        </>,
      ),
    );
    await expect.element(screen.getByRole('alert', { name: 'Error: Payment failed' })).toBeInTheDocument();
    await expect.element(screen.getByRole('status', { name: 'Success: Saved' })).toBeInTheDocument();
    expect(screen.getByText('Planned work on Sunday.').element().closest('[role]')).toBeNull();
  });

  it('says the tone in words in the locale, and offers a named dismiss button', async () => {
    const onDismiss = vi.fn();
    const screen = await render(withProvider(<Alert tone="warning" title="Planlagt arbeid" onDismiss={onDismiss} />, { locale: 'nb' }));
    await expect.element(screen.getByRole('status', { name: 'Advarsel: Planlagt arbeid' })).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Lukk melding' }).click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Spinner } from './Spinner.js';

describe('Spinner', () => {
  it('tells screen readers that something is loading, in the locale (WCAG 4.1.3)', async () => {
    const screen = await render(withProvider(<Spinner />, { locale: 'fi' }));
    await expect.element(screen.getByRole('status')).toHaveTextContent('Ladataan');
  });

  it('stays silent when decorative', async () => {
    const screen = await render(withProvider(<Spinner decorative data-testid="spinner" />));
    await expect.element(screen.getByTestId('spinner')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('status').query()).toBeNull();
  });
});

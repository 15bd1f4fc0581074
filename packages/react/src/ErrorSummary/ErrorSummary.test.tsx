import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '../../test/helpers.js';
import { TextField } from '../TextField/TextField.js';
import { ErrorSummary } from './ErrorSummary.js';

const form = (errors: { fieldId: string; message: string }[]) =>
  withProvider(
    <>
      <ErrorSummary errors={errors} />
      <TextField id="email" label="E-mail" error={errors[0]?.message} />
    </>,
    { locale: 'nb' },
  );

describe('ErrorSummary', () => {
  it('renders nothing until there are errors, then takes focus with a translated title', async () => {
    const screen = await render(form([]));
    expect(screen.container.querySelector('[role="group"]')).toBeNull();
    await screen.rerender(form([{ fieldId: 'email', message: 'Skriv inn en e-postadresse' }]));
    await expect.element(screen.getByRole('group', { name: 'Noe må rettes' })).toHaveFocus();
  });

  it('moves focus to the e-mail field when its error link is activated with Enter', async () => {
    const screen = await render(form([{ fieldId: 'email', message: 'Skriv inn en e-postadresse' }]));
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('link', { name: 'Skriv inn en e-postadresse' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('textbox', { name: 'E-mail' })).toHaveFocus();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { TextField } from './TextField.js';

describe('TextField', () => {
  it('is named by its label and described by its hint and error (WCAG 1.3.1, 3.3.1, 3.3.2)', async () => {
    const screen = await render(
      withProvider(<TextField label="Phone" hint="8 digits" error="Enter 8 digits" required />),
    );
    const input = screen.getByRole('textbox', { name: 'Phone (required)' });
    await expect.element(input).toHaveAccessibleDescription('8 digits Error: Enter 8 digits');
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect.element(input).toHaveAttribute('aria-required', 'true');
  });

  it('says "required" in the locale, in words (WCAG 3.3.2)', async () => {
    const screen = await render(withProvider(<TextField label="Telefon" required />, { locale: 'sv' }));
    await expect.element(screen.getByRole('textbox', { name: 'Telefon (obligatoriskt)' })).toBeInTheDocument();
  });

  it('keeps what the user typed when an error appears', async () => {
    const screen = await render(withProvider(<TextField label="E-mail" />));
    await userEvent.type(screen.getByRole('textbox').element(), 'kari@');
    await screen.rerender(withProvider(<TextField label="E-mail" error="Enter a full e-mail address" />));
    await expect.element(screen.getByRole('textbox')).toHaveValue('kari@');
    await expect.element(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  });

  it('reports each change with onValueChange', async () => {
    const onValueChange = vi.fn();
    const screen = await render(withProvider(<TextField label="Name" onValueChange={onValueChange} />));
    await userEvent.type(screen.getByRole('textbox').element(), 'Ola');
    expect(onValueChange).toHaveBeenLastCalledWith('Ola');
  });

  it('refuses, in development, a field nobody could name, and says how to fix it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(render(withProvider(<TextField />))).rejects.toThrow(
      'TextField: needs a `label` (or `aria-label`) so screen-reader users know what it is for.',
    );
    error.mockRestore();
  });

  it('refuses a controlled value without a change handler with one clear message', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(render(withProvider(<TextField label="Name" value="Ola" />))).rejects.toThrow(
      /TextField: has a `value` but no `onChange`/,
    );
    error.mockRestore();
  });
});

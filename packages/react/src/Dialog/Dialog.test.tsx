import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Button } from '../Button/Button.js';
import { TextField } from '../TextField/TextField.js';
import { Dialog } from './Dialog.js';

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Change phone number</Button>
      <a href="#behind">A link behind the dialog</a>
      <Dialog open={open} onClose={() => setOpen(false)} title="Change phone number" actions={<Button onClick={() => setOpen(false)}>Save</Button>}>
        <TextField label="New phone number" type="tel" />
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('moves focus in when it opens, and is named by its title', async () => {
    const screen = await render(withProvider(<Page />, { locale: 'fi' }));
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(screen.getByRole('dialog', { name: 'Change phone number' })).toBeVisible();
    await expect.element(screen.getByRole('textbox', { name: 'New phone number' })).toHaveFocus();
    await expect.element(screen.getByRole('button', { name: 'Sulje' })).toBeInTheDocument();
  });

  it('keeps Tab inside, both ways', async () => {
    const screen = await render(withProvider(<Page />));
    await userEvent.keyboard('{Tab}{Enter}');
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('returns focus to the button that opened it when Escape closes the dialog', async () => {
    const screen = await render(withProvider(<Page />));
    await userEvent.keyboard('{Tab}{Enter}');
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog', { includeHidden: true })).not.toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Change phone number' })).toHaveFocus();
  });

  it('makes the page behind inert while it is open', async () => {
    const screen = await render(withProvider(<Page />));
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    // A modal <dialog> makes the rest of the page inert: no focus, no clicks, hidden from assistive technology.
    expect(screen.getByRole('dialog').element().matches(':modal')).toBe(true);
    const link = screen.getByText('A link behind the dialog', { exact: true }).element();
    await userEvent.click(link, { force: true });
    expect(document.activeElement).not.toBe(link);
    expect(screen.getByRole('dialog').element().contains(document.activeElement)).toBe(true);
  });
});

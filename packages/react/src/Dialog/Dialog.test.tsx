import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
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
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Change phone number"
        actions={<Button onClick={() => setOpen(false)}>Save</Button>}
      >
        <TextField label="New phone number" type="tel" />
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('moves focus in when it opens, and is named by its title (WCAG 2.4.3, 4.1.2)', async () => {
    const screen = await render(withProvider(<Page />, { locale: 'fi' }));
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(screen.getByRole('dialog', { name: 'Change phone number' })).toBeVisible();
    await expect.element(screen.getByRole('textbox', { name: 'New phone number' })).toHaveFocus();
    await expect.element(screen.getByRole('button', { name: 'Sulje' })).toBeInTheDocument();
  });

  it('keeps Tab inside, both ways (WCAG 2.4.3)', async () => {
    const screen = await render(withProvider(<Page />));
    await userEvent.keyboard('{Tab}{Enter}');
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('returns focus to the button that opened it when Escape closes the dialog (WCAG 2.1.2, 2.4.3)', async () => {
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

  it('opens at once with `defaultOpen` and closes itself on Escape when uncontrolled', async () => {
    const onOpenChange = vi.fn();
    const screen = await render(
      withProvider(
        <Dialog defaultOpen onOpenChange={onOpenChange} title="Your session ends soon">
          <Button>Stay signed in</Button>
        </Dialog>,
      ),
    );
    await expect.element(screen.getByRole('dialog', { name: 'Your session ends soon' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog', { includeHidden: true })).not.toBeVisible();
    expect(onOpenChange.mock.calls).toEqual([[false]]);
  });

  it('still calls the old `onClose` for one minor version, and warns once that it is now `onOpenChange`', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    function Old() {
      const [open, setOpen] = useState(true);
      return (
        <Dialog open={open} onClose={() => setOpen(false)} title="Change phone number">
          <TextField label="New phone number" type="tel" />
        </Dialog>
      );
    }
    const screen = await render(withProvider(<Old />));
    await expect.element(screen.getByRole('dialog', { name: 'Change phone number' })).toBeVisible();
    await screen.getByRole('button', { name: 'Close' }).click();
    await expect.element(screen.getByRole('dialog', { includeHidden: true })).not.toBeVisible();
    expect(
      warn.mock.calls.filter(([message]) => String(message).includes('`onClose` is now `onOpenChange`')),
    ).toHaveLength(1);
    warn.mockRestore();
  });
});

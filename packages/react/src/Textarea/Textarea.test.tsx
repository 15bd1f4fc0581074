import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { recordAnnouncements } from '#test/announcements.js';
import { withProvider } from '#test/provider.js';
import { COUNT_ANNOUNCE_DELAY_MS, Textarea } from './Textarea.js';

describe('Textarea', () => {
  it('shows the characters left, reads them with the field, and announces them once typing pauses (WCAG 4.1.3)', async () => {
    // The pause is measured on the page's clock, held still here: on a loaded machine keys can be a second apart.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const said = recordAnnouncements();
    onTestFinished(() => {
      said.stop();
      vi.useRealTimers();
    });
    const screen = await render(withProvider(<Textarea label="Message" characterLimit={10} />));
    const field = screen.getByRole('textbox', { name: 'Message' });
    await expect.element(field).toHaveAccessibleDescription('You have 10 characters left');
    await userEvent.type(field.element(), 'Hello');
    await expect.element(screen.getByText('You have 5 characters left')).toBeVisible();
    await expect.element(field).toHaveAccessibleDescription('You have 5 characters left');
    await vi.advanceTimersByTimeAsync(COUNT_ANNOUNCE_DELAY_MS - 100);
    expect(said.polite, 'not announced on every key').toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await expect.poll(() => said.polite).toEqual(['You have 5 characters left']);
  });

  it('lets the user go over the limit, keeping every character, and says by how much', async () => {
    const screen = await render(withProvider(<Textarea label="Message" characterLimit={3} />));
    await userEvent.type(screen.getByRole('textbox').element(), 'Hello');
    await expect.element(screen.getByRole('textbox')).toHaveValue('Hello');
    await expect.element(screen.getByText('You have 2 characters too many')).toBeVisible();
  });

  it('uses the plural forms of the locale', async () => {
    const screen = await render(
      withProvider(<Textarea label="Повідомлення" characterLimit={24} defaultValue="Привіт" />, { locale: 'uk' }),
    );
    await expect.element(screen.getByText('Залишилося 18 символів')).toBeVisible();
    await userEvent.type(screen.getByRole('textbox').element(), '!'.repeat(16));
    await expect.element(screen.getByText('Залишилося 2 символи')).toBeVisible();
  });
});

import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SamspillProvider } from '@samspill/react';
import { exampleContact } from '../contact/examples.js';
import { ContactBar } from './ContactBar.js';
import { HelpLink } from './HelpLink.js';
import { catalogueFor } from '../locales/index.js';

const now = () => new Date('2026-11-24T09:00:00Z');

describe('HelpLink', () => {
  it('links to the contact options, named in the locale', async () => {
    const screen = await render(
      <SamspillProvider locale="nb" strings={catalogueFor('nb')}>
        <HelpLink href="/kontakt#kontaktvalg" />
      </SamspillProvider>,
    );
    await expect
      .element(screen.getByRole('link', { name: 'Kontakt oss' }))
      .toHaveAttribute('href', '/kontakt#kontaktvalg');
  });

  it('opens the contact options in a dialog from the keyboard, and gives focus back when Escape closes it (WCAG 2.1.1, 2.1.2)', async () => {
    const screen = await render(
      <SamspillProvider>
        <main>
          <HelpLink config={exampleContact} now={now} timeZoneName="never" />
        </main>
      </SamspillProvider>,
    );
    const button = screen.getByRole('button', { name: 'Contact us' });
    await expect.element(button).toHaveAttribute('aria-haspopup', 'dialog');
    await userEvent.keyboard('{Tab}{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Contact us' });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByRole('link', { name: '22 33 44 55' })).toHaveFocus();
    await expect.element(dialog.getByText('Open now · closes 16:00').first()).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await expect.element(button).toHaveFocus();
  });
});

describe('ContactBar', () => {
  it('is a help landmark with the main channels, their status, and the way to all of them', async () => {
    const screen = await render(
      <SamspillProvider locale="sv" strings={catalogueFor('sv')}>
        <ContactBar
          config={exampleContact}
          help="/kontakt"
          now={() => new Date('2026-11-24T17:30:00Z')}
          timeZoneName="never"
        />
      </SamspillProvider>,
    );
    const bar = screen.getByRole('complementary', { name: 'Hjälp' });
    await expect.element(bar).toBeInTheDocument();
    expect(
      bar
        .getByRole('listitem')
        .elements()
        .map((item) => item.textContent),
    ).toEqual([
      'Kundtjänst22 33 44 55Stängt · öppnar i morgon kl. 08:00',
      'ChattStarta chattenÖppet nu · stänger i morgon kl. 01:00',
    ]);
    await expect
      .element(bar.getByRole('link', { name: 'Alla sätt att kontakta oss' }))
      .toHaveAttribute('href', '/kontakt');
  });

  it('renders the same markup on every page it is placed on', async () => {
    const page = async () => {
      const screen = await render(
        <SamspillProvider>
          <ContactBar config={exampleContact} help="/contact" now={now} />
        </SamspillProvider>,
      );
      const html = screen.container.querySelector('aside')!.outerHTML;
      await screen.unmount();
      return html;
    };
    expect(await page()).toBe(await page());
  });
});

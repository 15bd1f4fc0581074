import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SamspillProvider } from '@samspill/react';
import { exampleNotices } from './examples.js';
import { LegalNotice } from './LegalNotice.js';
import { catalogueFor } from '../locales/index.js';

const inProvider = (node: React.ReactNode, locale = 'en') => (
  <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
    {node}
  </SamspillProvider>
);

describe('LegalNotice', () => {
  afterEach(() => cdp().send('Emulation.setEmulatedMedia', { media: '' }));

  it('leads with the summary and keeps the full text behind a disclosure that Enter and Space open', async () => {
    const screen = await render(inProvider(<LegalNotice notice={exampleNotices.privacy.en} />));
    const headings = [...screen.container.querySelectorAll('h2, h3, h4')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings.slice(0, 4)).toEqual([
      'H2 Privacy notice',
      'H3 In short',
      'H3 What this means for you',
      'H3 What changed since version 2.4',
    ]);
    await expect.element(screen.getByText('1. Controller')).not.toBeVisible();
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(screen.getByRole('heading', { level: 4, name: '1. Controller' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect
      .element(screen.getByRole('button', { name: 'Read the full text' }))
      .toHaveAttribute('aria-expanded', 'false');
  });

  it("shows the version and effective date in the reader's language", async () => {
    const screen = await render(inProvider(<LegalNotice notice={exampleNotices.terms.nb} />, 'nb'));
    await expect.element(screen.getByText('Versjon 5.1, gjelder fra 1. desember 2026')).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Kort fortalt' })).toBeVisible();
  });

  it('writes the date the Norwegian way in Nynorsk, though Chrome has no Nynorsk formats', async () => {
    const screen = await render(inProvider(<LegalNotice notice={exampleNotices.terms.nn} />, 'nn'));
    await expect.element(screen.getByText('Versjon 5.1, gjeld frå 1. desember 2026')).toBeVisible();
  });

  it('prints the full text even when it is folded away on screen', async () => {
    const screen = await render(inProvider(<LegalNotice notice={exampleNotices.cookies.en} />));
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    await expect.element(screen.getByText('Cookies we set')).toBeVisible();
  });

  it('warns in development, naming the summary sentences above the locale threshold', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dense = {
      ...exampleNotices.privacy.en,
      summary:
        'We use your data. Notwithstanding contractual stipulations, personal information processing necessitates documentation regarding legitimate interests.',
    };
    await render(inProvider(<LegalNotice notice={dense} />));
    await expect.poll(() => warn.mock.calls.length).toBe(1);
    expect(warn.mock.calls[0]![0]).toMatch(
      /LegalNotice "privacy": the summary has a LIX of [\d.]+, above 40[\s\S]*"Notwithstanding contractual/,
    );
    warn.mockRestore();
  });

  it('refuses a notice without a summary, naming the prop', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(
      render(inProvider(<LegalNotice notice={{ ...exampleNotices.privacy.en, summary: '' }} />)),
    ).rejects.toThrow('LegalNotice: needs a `summary`');
    error.mockRestore();
  });
});

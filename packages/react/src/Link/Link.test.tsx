import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Link } from './Link.js';

describe('Link', () => {
  it('tells screen-reader users that an external link leaves the service, in their language (WCAG 2.4.4)', async () => {
    const screen = await render(
      withProvider(
        <Link href="https://example.org" external>
          Forbrukerrådet
        </Link>,
        { locale: 'nb' },
      ),
    );
    await expect.element(screen.getByRole('link')).toHaveAccessibleName('Forbrukerrådet (ekstern nettside)');
  });

  it('says a link opens a new tab and protects the opener', async () => {
    const screen = await render(
      withProvider(
        <Link href="/terms.pdf" target="_blank">
          Terms
        </Link>,
      ),
    );
    const link = screen.getByRole('link');
    await expect.element(link).toHaveAccessibleName('Terms (opens in a new tab)');
    await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('is named by its text alone when it stays in the service', async () => {
    const screen = await render(withProvider(<Link href="/contact">Contact us</Link>));
    await expect.element(screen.getByRole('link')).toHaveAccessibleName('Contact us');
  });

  it.each([
    'javascript:alert(document.cookie)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('refuses the unsafe link %j: the text stays, but it is not a link, and development says why', async (href) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => errors.mockRestore());
    const screen = await render(withProvider(<Link href={href}>Start a chat</Link>));
    await expect.element(screen.getByText('Start a chat')).toBeVisible();
    expect(screen.container.querySelector('[href]')).toBeNull();
    expect(screen.container.querySelectorAll('a:any-link')).toHaveLength(0);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining(`Link: refused the href ${JSON.stringify(href)}`));
  });

  it.each([
    '/contact',
    '#chat',
    '?page=2',
    'https://example.org/chat',
    '//example.org/chat',
    'mailto:kundeservice@example.no',
    'tel:+4722334455',
    'sms:+4722334455',
  ])('follows the safe link %j', async (href) => {
    const screen = await render(withProvider(<Link href={href}>Start a chat</Link>));
    await expect.element(screen.getByRole('link', { name: 'Start a chat' })).toHaveAttribute('href', href);
  });
});

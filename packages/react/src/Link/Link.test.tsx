import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { withProvider } from '../../test/helpers.js';
import { Link } from './Link.js';

describe('Link', () => {
  it('tells screen-reader users that an external link leaves the service, in their language', async () => {
    const screen = await render(withProvider(<Link href="https://example.org" external>Forbrukerrådet</Link>, { locale: 'nb' }));
    await expect.element(screen.getByRole('link')).toHaveAccessibleName('Forbrukerrådet (ekstern nettside)');
  });

  it('says a link opens a new tab and protects the opener', async () => {
    const screen = await render(withProvider(<Link href="/terms.pdf" target="_blank">Terms</Link>));
    const link = screen.getByRole('link');
    await expect.element(link).toHaveAccessibleName('Terms (opens in a new tab)');
    await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('is named by its text alone when it stays in the service', async () => {
    const screen = await render(withProvider(<Link href="/contact">Contact us</Link>));
    await expect.element(screen.getByRole('link')).toHaveAccessibleName('Contact us');
  });
});

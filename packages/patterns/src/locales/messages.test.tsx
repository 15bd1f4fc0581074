import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { SamspillProvider } from '@samspill/react';
import { sv as componentsSv } from '@samspill/react/locales';
import { exampleContact } from '../contact/examples.js';
import type { ContactConfig } from '../contact/model.js';
import { ContactOptions } from '../ContactOptions/ContactOptions.js';
import { nb, uk } from './index.js';

const phone: ContactConfig = { channels: [{ kind: 'phone', number: '+47 22 33 44 55' }] };
const christmasEve = new Date('2026-12-24T09:00:00Z');

describe('one message system', () => {
  it('takes an app-wide override of a pattern string from the provider, and a pattern’s own strings over it', async () => {
    const screen = await render(
      <SamspillProvider locale="nb" strings={{ ...nb, 'contact.title': 'Snakk med oss' }}>
        <ContactOptions config={phone} />
        <ContactOptions config={phone} strings={{ 'contact.title': 'Ring sentralbordet' }} />
      </SamspillProvider>,
    );
    await expect.element(screen.getByRole('heading', { name: 'Snakk med oss' })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Ring sentralbordet' })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Telefon' }).first()).toBeVisible();
  });

  it('shows configuration text in the page’s language when the configuration gives it', async () => {
    const screen = await render(
      <SamspillProvider locale="nb-NO" strings={nb}>
        <ContactOptions config={exampleContact} now={christmasEve} />
      </SamspillProvider>,
    );
    await expect.element(screen.getByRole('heading', { name: 'Kundeservice' })).toBeVisible();
    await expect
      .element(screen.getByText('En tolk blir med i en videosamtale med oss. Bestill to virkedager i forveien.'))
      .toBeVisible();
    expect(screen.container.textContent).toContain('Julaften');
    expect(screen.container.textContent).not.toMatch(/Customer service|Christmas|interpreter/);
  });

  it('asks a resolver for the text of the page’s locale', async () => {
    const resolved: string[] = [];
    const label = (locale: string) => {
      resolved.push(locale);
      return locale.startsWith('uk') ? 'Гаряча лінія' : 'Hotline';
    };
    const screen = await render(
      <SamspillProvider locale="uk" strings={uk}>
        <ContactOptions config={{ channels: [{ kind: 'phone', number: '+47 22 33 44 55', label }] }} />
      </SamspillProvider>,
    );
    await expect.element(screen.getByRole('heading', { name: 'Гаряча лінія' })).toBeVisible();
    expect(new Set(resolved)).toEqual(new Set(['uk']));
  });

  it('says in development which catalogue to import when the provider has the components’ strings but not the patterns’', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await render(
      <SamspillProvider locale="sv" strings={componentsSv}>
        <ContactOptions config={phone} />
      </SamspillProvider>,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain("import it from '@samspill/patterns/locales' instead");
    warn.mockRestore();
  });

  it('keeps the old names working, each warning once in development with the name to use instead', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const old = await import('../index.js');
    expect(old.patternTranslator('nb')('contact.kind.phone')).toBe('Telefon');
    expect(old.patternTranslator('fi')('contact.kind.phone')).toBe('Puhelin');
    expect(old.patternCatalogueFor('sv-FI')['contact.title']).toBe('Kontakta oss');
    expect(old.patternCatalogues.nn?.['contact.title']).toBe('Kontakt oss');
    expect(Object.keys(old.patternCatalogues)).toContain('uk');
    function Title() {
      const t = old.usePatternMessages({ 'contact.hours': 'Opningstider i dag' });
      return (
        <p>
          {t('contact.title')}, {t('contact.hours')}
        </p>
      );
    }
    const screen = await render(
      <SamspillProvider locale="nb">
        <Title />
        <Title />
      </SamspillProvider>,
    );
    await expect.element(screen.getByText('Kontakt oss, Opningstider i dag').first()).toBeVisible();
    const deprecations = warn.mock.calls
      .map(([message]) => String(message))
      .filter((message) => message.includes('deprecated'));
    expect(deprecations).toHaveLength(4);
    expect(deprecations.find((message) => message.includes('`patternTranslator`'))).toContain(
      "`translator` from '@samspill/react'",
    );
    expect(deprecations.find((message) => message.includes('`patternCatalogueFor`'))).toContain(
      "`catalogueFor` from '@samspill/patterns/locales'",
    );
    expect(deprecations.find((message) => message.includes('`patternCatalogues`'))).toContain(
      "`catalogues` from '@samspill/patterns/locales'",
    );
    expect(deprecations.find((message) => message.includes('`usePatternMessages`'))).toContain(
      "`useMessages` from '@samspill/react'",
    );
    warn.mockRestore();
  });
});

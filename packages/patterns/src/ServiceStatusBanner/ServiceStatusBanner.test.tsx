import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { SamspillProvider } from '@samspill/react';
import { catalogueFor } from '../locales/index.js';
import { ServiceStatusBanner, dismissalKey, type ServiceIncident } from './ServiceStatusBanner.js';

const now = () => new Date('2026-11-24T12:00:00Z');
const incident: ServiceIncident = {
  id: 'bankid',
  updatedAt: '2026-11-24T11:40:00Z',
  severity: 'outage',
  title: 'You cannot log in with BankID',
  affected: 'Logging in to Min side.',
  action: 'Our supplier is fixing the fault.',
  workaround: 'Pay your bill from your online bank.',
  nextUpdateAt: '2026-11-24T13:30:00Z',
  timeZone: 'Europe/Oslo',
};
const storageKey = 'test:service-status';
const banner = (props: Partial<Parameters<typeof ServiceStatusBanner>[0]> = {}) => (
  <SamspillProvider locale="en-GB">
    <ServiceStatusBanner incident={incident} help="/contact" now={now} storageKey={storageKey} {...props} />
  </SamspillProvider>
);

afterEach(() => {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(storageKey))
    .forEach((key) => localStorage.removeItem(key));
});

describe('ServiceStatusBanner', () => {
  it('states the problem plainly: severity, what is affected, what is done, the next update, a workaround and help', async () => {
    const screen = await render(banner());
    const region = screen.getByRole('region', { name: 'You cannot log in with BankID' });
    await expect.element(region).toBeInTheDocument();
    const text = region.element().textContent;
    for (const part of [
      'Outage',
      'What is affected',
      'Logging in to Min side.',
      'What we are doing',
      'What you can do now',
      'Next update',
      'today at 14:30',
      'Updated today at 12:40',
    ]) {
      expect(text).toContain(part);
    }
    await expect.element(region.getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', '/contact');
  });

  it('is read in page order when it is there from the start, without a live role (WCAG 1.3.2)', async () => {
    const screen = await render(banner());
    expect(screen.container.querySelector('[role="alert"], [role="status"]')).toBeNull();
  });

  it('interrupts for an outage that appears after load, and waits its turn for other severities', async () => {
    const outage = await render(banner({ announceOnMount: true }));
    await expect.element(outage.getByRole('alert', { name: 'You cannot log in with BankID' })).toBeInTheDocument();
    await outage.unmount();
    const degraded = await render(banner({ announceOnMount: true, incident: { ...incident, severity: 'degraded' } }));
    await expect.element(degraded.getByRole('status', { name: 'You cannot log in with BankID' })).toBeInTheDocument();
  });

  it('becomes an alert when a new update of an outage arrives while the page is open', async () => {
    const screen = await render(banner({ incident: { ...incident, severity: 'degraded' } }));
    expect(screen.container.querySelector('[role]')).toBeNull();
    await screen.rerender(banner({ incident: { ...incident, updatedAt: '2026-11-24T11:55:00Z' } }));
    await expect.element(screen.getByRole('alert', { name: 'You cannot log in with BankID' })).toBeInTheDocument();
  });

  it('remembers a dismissal for this update only: it stays hidden after a reload and comes back with the next update', async () => {
    const onDismiss = vi.fn();
    const first = await render(banner({ onDismiss }));
    await first.getByRole('button', { name: 'Hide this message: You cannot log in with BankID' }).click();
    await expect.element(first.getByRole('region')).not.toBeInTheDocument();
    expect(onDismiss).toHaveBeenCalledWith(incident);
    expect(localStorage.getItem(dismissalKey(incident, storageKey))).not.toBeNull();
    expect(dismissalKey(incident, storageKey)).toBe('test:service-status:bankid:2026-11-24T11:40:00Z');
    await first.unmount();

    const reload = await render(banner());
    await expect.poll(() => reload.container.querySelector('section')).toBeNull();
    await reload.unmount();

    const update = await render(banner({ incident: { ...incident, updatedAt: '2026-11-24T12:10:00Z' } }));
    await expect.element(update.getByRole('region', { name: 'You cannot log in with BankID' })).toBeInTheDocument();
  });

  it('says "as soon as we know more" when the promised update is late', async () => {
    const screen = await render(banner({ now: () => new Date('2026-11-24T14:00:00Z') }));
    await expect.element(screen.getByText('As soon as we know more')).toBeInTheDocument();
  });

  it('keeps the close button at the top right, beside the title, however tall the banner grows', async () => {
    const screen = await render(
      <div style={{ width: 320 }}>
        {banner({ incident: { ...incident, action: 'Our supplier is fixing the fault. '.repeat(12) } })}
      </div>,
    );
    const title = screen
      .getByRole('heading', { name: 'You cannot log in with BankID' })
      .element()
      .getBoundingClientRect();
    const close = screen.getByRole('button', { name: /^Hide/ }).element();
    const glyph = close.querySelector('svg')!.getBoundingClientRect();
    const middle = glyph.top + glyph.height / 2;
    const firstLine = parseFloat(getComputedStyle(screen.getByRole('heading').element()).lineHeight);
    expect(middle, 'the × sits within the first line of the title').toBeGreaterThanOrEqual(title.top);
    expect(middle, 'the × sits within the first line of the title').toBeLessThanOrEqual(title.top + firstLine);
    expect(close.getBoundingClientRect().right).toBeGreaterThan(title.right);
  });

  describe('in the page language', () => {
    const english = [incident.title, incident.affected, incident.action, incident.workaround] as string[];
    const norwegian = {
      title: 'Du kan ikke logge inn med BankID',
      affected: 'Innlogging på Min side.',
      action: 'Leverandøren vår retter feilen.',
      workaround: 'Betal regningen fra nettbanken din.',
    };
    const perLanguage: ServiceIncident = {
      ...incident,
      title: { en: incident.title as string, nb: norwegian.title },
      affected: { en: incident.affected as string, nb: norwegian.affected },
      action: { en: incident.action as string, nb: norwegian.action },
      workaround: { en: incident.workaround as string, nb: norwegian.workaround },
    };
    const page = (locale: string, shown: ServiceIncident) => (
      <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
        <ServiceStatusBanner incident={shown} help="/kontakt" now={now} storageKey={storageKey} />
      </SamspillProvider>
    );

    it('shows a per-language incident in Norwegian on a Norwegian page, with no English left', async () => {
      const screen = await render(page('nb', perLanguage));
      const region = screen.getByRole('region', { name: norwegian.title });
      await expect.element(region).toBeInTheDocument();
      const text = region.element().textContent;
      for (const part of Object.values(norwegian)) expect(text).toContain(part);
      for (const part of english) expect(text).not.toContain(part);
      await expect
        .element(region.getByRole('button', { name: `Skjul meldingen: ${norwegian.title}` }))
        .toBeInTheDocument();
    });

    it('takes the text from a function of the locale, for teams that keep it in their own translations', async () => {
      const fromCatalogue = (locale: string) => (locale.startsWith('nb') ? norwegian.title : 'Unused');
      const screen = await render(page('nb-NO', { ...incident, title: fromCatalogue }));
      await expect.element(screen.getByRole('heading', { name: norwegian.title })).toBeInTheDocument();
    });

    it('keeps a dismissal in every language: hidden in Norwegian stays hidden in English', async () => {
      const norwegianPage = await render(page('nb', perLanguage));
      await norwegianPage.getByRole('button', { name: `Skjul meldingen: ${norwegian.title}` }).click();
      await expect.element(norwegianPage.getByRole('region')).not.toBeInTheDocument();
      await norwegianPage.unmount();
      expect(localStorage.getItem(dismissalKey(perLanguage, storageKey))).not.toBeNull();
      expect(dismissalKey(perLanguage, storageKey)).toBe(dismissalKey(incident, storageKey));

      const englishPage = await render(page('en-GB', perLanguage));
      await expect.poll(() => englishPage.container.querySelector('section')).toBeNull();
    });

    it('refuses a bad text in development, naming the field and what to write', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const bad = {
        ...perLanguage,
        title: { en: incident.title as string, nb: '' },
        affected: { Norwegian: 'Min side.' },
      };
      await expect(render(page('nb', bad))).rejects.toThrow(
        [
          'ServiceStatusBanner: the incident is not valid:',
          '- incident.title.nb: "" is not a text; write a non-empty string',
          '- incident.affected.Norwegian: "Norwegian" is not a BCP 47 language tag; key each text by a language such as "nb" or "en-GB"',
        ].join('\n'),
      );
      await expect(render(page('nb', { ...incident, action: 42 as unknown as string }))).rejects.toThrow(
        'incident.action: 42 is not a text; write a non-empty string, or one per language: { en: "Invoices open slowly", nb: "Fakturaer åpnes sakte" }',
      );
      error.mockRestore();
    });
  });
});

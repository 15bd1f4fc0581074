import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { SamspillProvider } from '@samspill/react';
import { exampleContact } from '../contact/examples.js';
import type { ContactConfig, OpeningHours } from '../contact/model.js';
import { ContactOptions } from './ContactOptions.js';
import { serverRenderAndHydrate } from '#test/ssr.js';
import { catalogueFor } from '../locales/index.js';

const office = (timeZone: string): OpeningHours => ({
  timeZone,
  weekly: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [{ open: '08:00', close: '16:00' }]]),
  ),
});
const phoneIn = (timeZone: string, number: string): ContactConfig => ({
  channels: [{ kind: 'phone', number, hours: office(timeZone) }],
});

function statuses(container: HTMLElement) {
  return Array.from(container.querySelectorAll('[data-part="status"]'), (element) => element.textContent);
}

describe('ContactOptions', () => {
  it('keeps the configured order whatever is open, with each status beside its channel', async () => {
    const names = async (now: Date) => {
      const screen = await render(
        <SamspillProvider locale="en-GB">
          <ContactOptions config={exampleContact} now={() => now} timeZoneName="never" />
        </SamspillProvider>,
      );
      const result = screen
        .getByRole('heading', { level: 3 })
        .elements()
        .map((heading) => heading.textContent);
      const status = statuses(screen.container);
      await screen.unmount();
      return { result, status };
    };
    const morning = await names(new Date('2026-11-24T09:00:00Z'));
    const evening = await names(new Date('2026-11-24T17:30:00Z'));
    expect(morning.result).toEqual([
      'Customer service',
      'Chat',
      'Email',
      'We call you',
      'Text phone',
      'Sign language',
      'Visit us',
    ]);
    expect(evening.result).toEqual(morning.result);
    expect(morning.status[0]).toBe('Open now · closes 16:00');
    expect(evening.status[0]).toBe('Closed · opens tomorrow at 08:00');
    expect(evening.status[1]).toBe('Open now · closes tomorrow at 01:00');
  });

  it('dials phone numbers through tel: links in E.164 and writes e-mail as mailto:', async () => {
    const screen = await render(
      <SamspillProvider>
        <ContactOptions config={exampleContact} now={() => new Date('2026-11-24T09:00:00Z')} />
      </SamspillProvider>,
    );
    await expect.element(screen.getByRole('link', { name: '22 33 44 55' })).toHaveAttribute('href', 'tel:+4722334455');
    await expect
      .element(screen.getByRole('link', { name: '+47 22 33 44 56' }))
      .toHaveAttribute('href', 'tel:+4722334456');
    await expect
      .element(screen.getByRole('link', { name: 'kundeservice@example.no' }))
      .toHaveAttribute('href', 'mailto:kundeservice@example.no');
  });

  it.each([
    ['Europe/Oslo', 'nb', '2026-11-24T14:00:00Z', 'Åpent nå · stenger 16:00'],
    ['Europe/Stockholm', 'sv', '2026-11-24T16:00:00Z', 'Stängt · öppnar i morgon kl. 08:00'],
    ['Europe/Helsinki', 'fi', '2026-11-24T13:50:00Z', 'Sulkeutuu pian · sulkeutuu klo 16.00'],
    ['Europe/Kyiv', 'uk', '2026-11-28T10:00:00Z', 'Не працює · почне роботу у понеділок о 08:00'],
    ['Europe/Oslo', 'en', '2026-11-24T16:00:00Z', 'Closed · opens tomorrow at 08:00'],
    ['Europe/Oslo', 'en-US', '2026-11-24T16:00:00Z', 'Closed · opens tomorrow at 8:00 AM'],
    // Chrome has no Nynorsk formats of its own: the time must still be Norwegian, not "8:00 AM".
    ['Europe/Oslo', 'nn', '2026-11-24T16:00:00Z', 'Stengt · opnar i morgon kl. 08:00'],
  ])(
    'tells the status of a service in %s in the visitor’s language and clock (%s)',
    async (zone, locale, instant, expected) => {
      const screen = await render(
        <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
          <ContactOptions
            config={phoneIn(zone, '+47 22 33 44 55')}
            now={() => new Date(instant)}
            timeZoneName="never"
          />
        </SamspillProvider>,
      );
      expect(statuses(screen.container)).toEqual([expected]);
    },
  );

  it.each([
    ['at full width', undefined],
    ['at 320 px', 320],
  ])('changes the status quietly on the minute, in place, without a live region, %s', async (_, width) => {
    // A clock 0.3 s before 16:00 in Oslo, and the page's timers, both moved by the test: a loaded machine can take
    // longer than 0.3 s to render.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    let current = Date.parse('2026-11-24T14:59:59.700Z');
    const clock = () => new Date(current);
    const screen = await render(
      <SamspillProvider locale="en-GB">
        <div style={{ width }}>
          <ContactOptions config={phoneIn('Europe/Oslo', '+47 22 33 44 55')} now={clock} timeZoneName="never" />
        </div>
      </SamspillProvider>,
    );
    const status = screen.container.querySelector<HTMLElement>('[data-part="status"]')!;
    const item = status.closest('li')!;
    const height = item.getBoundingClientRect().height;
    expect(status.textContent).toBe('Closing soon · closes 16:00');
    current += 1000;
    await vi.advanceTimersByTimeAsync(1000);
    await expect.poll(() => status.textContent).toBe('Closed · opens tomorrow at 08:00');
    expect(screen.container.querySelector('[data-part="status"]')).toBe(status);
    expect(item.getBoundingClientRect().height).toBe(height);
    expect(status.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });

  it('adds the service’s zone for a visitor whose clocks differ, when asked', async () => {
    const screen = await render(
      <SamspillProvider locale="en-GB">
        <ContactOptions
          config={phoneIn('Europe/Kyiv', '+380 44 123 4567')}
          now={() => new Date('2026-07-01T09:00:00Z')}
          timeZoneName="always"
        />
      </SamspillProvider>,
    );
    expect(statuses(screen.container)[0]).toMatch(/^Open now · closes 16:00 (EEST|GMT\+3)$/);
  });

  it('publishes schema.org ContactPoints when asked, and not otherwise', async () => {
    const screen = await render(
      <SamspillProvider>
        <ContactOptions config={exampleContact} now={() => new Date('2026-11-24T09:00:00Z')} jsonLd />
        <ContactOptions
          config={exampleContact}
          now={() => new Date('2026-11-24T09:00:00Z')}
          layout="compact"
          title={false}
        />
      </SamspillProvider>,
    );
    const scripts = screen.container.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent!) as { contactPoint: { telephone?: string }[] };
    expect(data.contactPoint[0]!.telephone).toBe('+4722334455');
  });
});

describe('server rendering', () => {
  it('renders the contact patterns on the server and hydrates them without a warning', async () => {
    const { ContactBar, HelpLink } = await import('../HelpLink/index.js');
    const { CallbackRequest } = await import('../CallbackRequest/index.js');
    const { ServiceStatusBanner } = await import('../ServiceStatusBanner/index.js');
    const { exampleHours } = await import('../contact/examples.js');
    const now = () => new Date('2026-11-24T09:00:00Z');
    const Page = () => (
      <SamspillProvider locale="nb" strings={catalogueFor('nb')}>
        <ContactBar config={exampleContact} help="/kontakt" now={now} />
        <HelpLink config={exampleContact} now={now} />
        <ServiceStatusBanner
          incident={{
            id: 'x',
            updatedAt: '2026-11-24T08:00:00Z',
            severity: 'degraded',
            title: 'Treg innlogging',
            affected: 'Min side.',
            action: 'Vi feilsøker.',
            timeZone: 'Europe/Oslo',
          }}
          help="/kontakt"
          now={now}
        />
        <ContactOptions config={exampleContact} now={now} jsonLd />
        <CallbackRequest hours={exampleHours} countryCallingCode="47" now={now} onSubmit={async () => {}} />
      </SamspillProvider>
    );
    const { html, errors } = await serverRenderAndHydrate(() => <Page />);
    expect(html).toContain('href="tel:+4722334455"');
    expect(errors).toEqual([]);
  });

  describe('looks tidy', () => {
    const tuesdayMorning = () => new Date('2026-11-24T09:00:00Z');
    const contact = async (width: number, locale = 'en') => {
      const screen = await render(
        <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
          <div style={{ width }}>
            <ContactOptions config={exampleContact} now={tuesdayMorning} timeZoneName="never" />
          </div>
        </SamspillProvider>,
      );
      await document.fonts.ready;
      return screen.container;
    };
    const lines = (rects: DOMRectList | DOMRect[]) => new Set(Array.from(rects, (rect) => Math.round(rect.top))).size;

    it.each([
      [1152, 'en-US'],
      [1152, 'en'],
      [288, 'en-US'],
    ])('never breaks a line inside a time range (%s px, %s)', async (width, locale) => {
      const container = await contact(width, locale);
      const time = String.raw`\d{1,2}[:.]\d{2}(?:\s?[AP]M)?`;
      const ranges = new RegExp(`${time}–${time}`, 'g');
      const broken: string[] = [];
      for (const dd of container.querySelectorAll('[data-part="hours"] dd')) {
        const text = dd.textContent ?? '';
        for (const match of text.matchAll(ranges)) {
          const range = document.createRange();
          const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
          // Find the text node holding the match: each range is one text node.
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(match[0]);
            if (at === -1) continue;
            range.setStart(node, at);
            range.setEnd(node, at + match[0].length);
            if (lines(range.getClientRects()) > 1) broken.push(match[0]);
            break;
          }
        }
      }
      expect(broken).toEqual([]);
    });

    it.each([1152, 288])('centres each status dot on the first line of its text (%s px)', async (width) => {
      const container = await contact(width);
      const statuses = Array.from(container.querySelectorAll<HTMLElement>('[data-part="status"]'));
      expect(statuses.length).toBeGreaterThan(0);
      for (const status of statuses) {
        const dot = status.querySelector('[data-part="dot"]')?.getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(status);
        const firstLine = Array.from(text.getClientRects()).filter((rect) => rect.width > 0)[0]!;
        expect(dot, 'the status has a dot').toBeDefined();
        const middle = dot!.top + dot!.height / 2;
        expect(Math.abs(middle - (firstLine.top + firstLine.height / 2)), status.textContent!).toBeLessThanOrEqual(2);
      }
    });

    it('makes each card as tall as its content, not as its tallest neighbour', async () => {
      const container = await contact(1152);
      for (const card of container.querySelectorAll('li')) {
        const padding =
          parseFloat(getComputedStyle(card).paddingBottom) + parseFloat(getComputedStyle(card).borderBottomWidth);
        const contentBottom = Math.max(...Array.from(card.children, (child) => child.getBoundingClientRect().bottom));
        expect(
          card.getBoundingClientRect().bottom - padding - contentBottom,
          card.querySelector('h3')!.textContent!,
        ).toBeLessThanOrEqual(1);
      }
    });

    it('spaces the opening hours like the rest of the card: the same gap under their title as between the other parts', async () => {
      const container = await contact(1152);
      const card = container.querySelector('li')!;
      const gap = parseFloat(getComputedStyle(card).rowGap);
      const title = card.querySelector('[data-part="hours-title"]')!.getBoundingClientRect();
      const hours = card.querySelector('[data-part="hours"]')!.getBoundingClientRect();
      expect(hours.top - title.bottom).toBeCloseTo(gap, 0);
      const rows = Array.from(card.querySelectorAll('[data-part="hours"] dt'), (dt) => dt.getBoundingClientRect());
      const steps = new Set(rows.slice(1).map((row, index) => Math.round(row.top - rows[index]!.top)));
      expect(steps.size, 'every row of the schedule is one line, evenly spaced').toBe(1);
    });
  });
});

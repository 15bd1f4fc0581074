// Links a product passes in data (contact configuration from a CMS, a status notice's help link) are rendered in
// production too, where the development checks are gone. None of them may carry a scheme that runs script.
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SamspillProvider } from '@samspill/react';
import { ContactBar, ContactOptions, HelpLink, ServiceStatusBanner, type ContactConfig } from './index.js';

const unsafe = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

const decode = (value: string) =>
  value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|amp|quot|lt|gt);/gi, (entity, hex?: string, decimal?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal) return String.fromCodePoint(Number(decimal));
    return { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>' }[entity.toLowerCase()]!;
  });

/** Every href in the HTML, as the browser reads it. */
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => decode(match[1]!));
const followable = /^(?:https?:|mailto:|tel:|sms:|[/#?])/i;

describe('links from data in a production build', () => {
  beforeEach(() => vi.stubEnv('NODE_ENV', 'production'));
  afterEach(() => vi.unstubAllEnvs());

  it.each(unsafe)('are never rendered with the scheme of %j, while their text stays', (href) => {
    const config = {
      organization: 'Example',
      url: href,
      channels: [
        { kind: 'chat', href },
        { kind: 'form', href, linkText: 'Write to us' },
        { kind: 'sign-language', href },
        { kind: 'callback', href },
        { kind: 'visit', address: ['Storgata 1', '0155 Oslo'], href },
        { kind: 'phone', number: '+47 22 33 44 55' },
      ],
    } as ContactConfig;
    const incident = {
      id: 'login',
      updatedAt: '2026-12-01T08:00:00Z',
      severity: 'outage',
      title: 'Login is down',
      affected: 'Everyone',
      action: 'We are on it',
      timeZone: 'Europe/Oslo',
    } as const;
    const now = () => new Date('2026-12-01T09:00:00Z');
    const html = renderToString(
      h(
        SamspillProvider,
        { locale: 'en' },
        h(ContactOptions, { config, jsonLd: true, now }),
        h(HelpLink, { href }),
        h(ContactBar, { config, help: href, now }),
        h(ServiceStatusBanner, { incident, help: href, now, dismissible: false }),
      ),
    );
    expect(html).toContain('Start a chat');
    expect(html).toContain('Write to us');
    expect(hrefs(html).filter((value) => !followable.test(value))).toEqual([]);
    expect(hrefs(html)).toContain('tel:+4722334455');
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const urls: string[] = [];
    JSON.parse(jsonLd ?? 'null', (key, value: unknown) => (key === 'url' && urls.push(String(value)), value));
    expect(urls.filter((value) => !followable.test(value))).toEqual([]);
  });
});

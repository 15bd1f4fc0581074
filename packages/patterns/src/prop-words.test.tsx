import { createRef, useState, type ReactElement, type ReactNode, type Ref } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { Link, SamspillProvider } from '@samspill/react';
import { fakeSender } from '#test/feedback.js';
import { CallbackRequest } from './CallbackRequest/CallbackRequest.js';
import { ContactOptions } from './ContactOptions/ContactOptions.js';
import { exampleContact, exampleHours } from './contact/examples.js';
import { HelpfulFeedback } from './HelpfulFeedback/HelpfulFeedback.js';
import { ContactBar } from './HelpLink/ContactBar.js';
import { HelpLink } from './HelpLink/HelpLink.js';
import { exampleNotices } from './LegalNotice/examples.js';
import { LegalNotice } from './LegalNotice/LegalNotice.js';
import { RatingFeedback } from './RatingFeedback/RatingFeedback.js';
import { ServiceStatusBanner, type ServiceIncident } from './ServiceStatusBanner/ServiceStatusBanner.js';
import { TermsAcceptance } from './TermsAcceptance/TermsAcceptance.js';

const now = () => new Date('2026-11-24T09:00:00Z');
const incident: ServiceIncident = {
  id: 'prop-words',
  updatedAt: '2026-11-24T08:40:00Z',
  severity: 'degraded',
  title: 'Invoices open slowly',
  affected: 'Opening invoices on Min side.',
  action: 'We are moving the archive.',
  timeZone: 'Europe/Oslo',
};
const storageKey = 'test:prop-words';
const inProvider = (node: ReactNode) => <SamspillProvider locale="en-GB">{node}</SamspillProvider>;

/** Console warnings of this test that name `text`, with the real console kept quiet. */
function warningsAbout() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return (text: string) => warn.mock.calls.filter(([message]) => String(message).includes(text));
}

afterEach(() => {
  vi.restoreAllMocks();
  Object.keys(localStorage)
    .filter((key) => key.startsWith(storageKey))
    .forEach((key) => localStorage.removeItem(key));
});

describe('help: one prop for where the customer gets more help', () => {
  it('turns a URL into the help link and shows an element as it is, in every pattern that offers help', async () => {
    const screen = await render(
      inProvider(
        <>
          <ServiceStatusBanner incident={incident} help="/status-help" now={now} storageKey={storageKey} />
          <ServiceStatusBanner
            incident={{ ...incident, id: 'other' }}
            help={<Link href="tel:+4722334455">Call 22 33 44 55</Link>}
            now={now}
            storageKey={storageKey}
          />
          <LegalNotice notice={exampleNotices.privacy.en} help="/privacy-questions" />
          <TermsAcceptance
            notice={exampleNotices.terms.en}
            onAccept={() => {}}
            help={<Link href="#terms">Read the full terms</Link>}
          />
          <ContactBar config={exampleContact} help="/all-options" now={now} />
        </>,
      ),
    );
    const banner = screen.getByRole('region', { name: 'Invoices open slowly' }).first();
    await expect.element(banner.getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', '/status-help');
    await expect
      .element(screen.getByRole('link', { name: 'Call 22 33 44 55' }))
      .toHaveAttribute('href', 'tel:+4722334455');
    const notice = screen.getByRole('region', { name: 'Privacy notice' });
    await expect
      .element(notice.getByRole('link', { name: 'Contact us' }))
      .toHaveAttribute('href', '/privacy-questions');
    await expect.element(screen.getByRole('link', { name: 'Read the full terms' })).toHaveAttribute('href', '#terms');
    await expect
      .element(screen.getByRole('link', { name: 'All the ways to contact us' }))
      .toHaveAttribute('href', '/all-options');
  });

  it('still takes helpHref, readMore, contact and ContactBar’s href for one minor version, warning once for each', async () => {
    const warnings = warningsAbout();
    const old = (
      <>
        <ServiceStatusBanner
          incident={incident}
          helpHref="/status-help"
          help="Or call 22 33 44 55."
          now={now}
          storageKey={storageKey}
        />
        <LegalNotice notice={exampleNotices.privacy.en} contact={<Link href="/ask">Ask customer service</Link>} />
        <TermsAcceptance
          notice={exampleNotices.terms.en}
          onAccept={() => {}}
          readMore={<Link href="#terms">Read the full terms</Link>}
        />
        <ContactBar config={exampleContact} href="/all-options" now={now} />
      </>
    );
    const screen = await render(
      inProvider(
        <>
          {old}
          {old}
        </>,
      ),
    );
    await expect
      .element(screen.getByRole('link', { name: 'Contact us' }).first())
      .toHaveAttribute('href', '/status-help');
    await expect.element(screen.getByText('Or call 22 33 44 55.').first()).toBeVisible();
    await expect
      .element(screen.getByRole('link', { name: 'Ask customer service' }).first())
      .toHaveAttribute('href', '/ask');
    await expect
      .element(screen.getByRole('link', { name: 'Read the full terms' }).first())
      .toHaveAttribute('href', '#terms');
    await expect
      .element(screen.getByRole('link', { name: 'All the ways to contact us' }).first())
      .toHaveAttribute('href', '/all-options');
    expect(warnings('ServiceStatusBanner: `helpHref` is now `help`')).toHaveLength(1);
    expect(warnings('LegalNotice: `contact` is now `help`')).toHaveLength(1);
    expect(warnings('TermsAcceptance: `readMore` is now `help`')).toHaveLength(1);
    expect(warnings('ContactBar: `href` is now `help`')).toHaveLength(1);
  });
});

describe('now: one clock, a function', () => {
  it('still takes a fixed Date for one minor version, showing the same status and warning once', async () => {
    const warnings = warningsAbout();
    const status = async (clock: Date | (() => Date)) => {
      const screen = await render(
        inProvider(<ContactOptions config={exampleContact} now={clock} timeZoneName="never" />),
      );
      const text = screen.container.querySelector('[data-part="status"]')?.textContent;
      await screen.unmount();
      return text;
    };
    expect(await status(now)).toBe('Open now · closes 16:00');
    expect(await status(now())).toBe('Open now · closes 16:00');
    expect(await status(now())).toBe('Open now · closes 16:00');
    expect(warnings('ContactOptions: `now={date}` is now `now={() => date}`')).toHaveLength(1);
  });
});

describe('HelpLink’s dialog: open, defaultOpen, onOpenChange', () => {
  it('opens at first with defaultOpen, and tells onOpenChange when the customer closes it', async () => {
    const onOpenChange = vi.fn();
    const screen = await render(
      inProvider(<HelpLink config={exampleContact} now={now} defaultOpen onOpenChange={onOpenChange} />),
    );
    const dialog = screen.getByRole('dialog', { name: 'Contact us' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.element(screen.getByRole('dialog', { includeHidden: true })).not.toBeVisible();
    expect(onOpenChange.mock.calls).toEqual([[false]]);
  });

  it('shows the dialog while the owner says `open`', async () => {
    function Owned() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Need help?
          </button>
          <HelpLink config={exampleContact} now={now} open={open} onOpenChange={setOpen} />
        </>
      );
    }
    const screen = await render(inProvider(<Owned />));
    await expect.element(screen.getByRole('dialog', { includeHidden: true })).not.toBeVisible();
    await screen.getByRole('button', { name: 'Need help?' }).click();
    await expect.element(screen.getByRole('dialog', { name: 'Contact us' })).toBeVisible();
  });
});

describe('refs', () => {
  const patterns: [string, (ref: Ref<HTMLElement>) => ReactElement, string][] = [
    ['LegalNotice', (ref) => <LegalNotice ref={ref} notice={exampleNotices.privacy.en} />, 'SECTION'],
    [
      'TermsAcceptance',
      (ref) => (
        <TermsAcceptance ref={ref as Ref<HTMLFormElement>} notice={exampleNotices.terms.en} onAccept={() => {}} />
      ),
      'FORM',
    ],
    ['ContactOptions', (ref) => <ContactOptions ref={ref} config={exampleContact} now={now} />, 'SECTION'],
    ['ContactBar', (ref) => <ContactBar ref={ref} config={exampleContact} now={now} />, 'ASIDE'],
    [
      'CallbackRequest',
      (ref) => (
        <CallbackRequest ref={ref as Ref<HTMLDivElement>} hours={exampleHours} now={now} onSubmit={async () => {}} />
      ),
      'DIV',
    ],
    [
      'ServiceStatusBanner',
      (ref) => <ServiceStatusBanner ref={ref} incident={incident} help="/contact" now={now} storageKey={storageKey} />,
      'SECTION',
    ],
    [
      'HelpfulFeedback',
      (ref) => <HelpfulFeedback ref={ref as Ref<HTMLDivElement>} client={fakeSender()} channel="web" journey="refs" />,
      'DIV',
    ],
    [
      'RatingFeedback',
      (ref) => (
        <RatingFeedback
          ref={ref as Ref<HTMLDivElement>}
          type="csat"
          client={fakeSender()}
          channel="web"
          journey="refs"
        />
      ),
      'DIV',
    ],
  ];

  it.each(patterns)('%s forwards its ref to its root element', async (_, element, tagName) => {
    const ref = createRef<HTMLElement>();
    const screen = await render(inProvider(element(ref)));
    expect(ref.current?.tagName).toBe(tagName);
    expect(ref.current?.parentElement).toBe(screen.container.querySelector('[data-samspill-theme]'));
  });
});

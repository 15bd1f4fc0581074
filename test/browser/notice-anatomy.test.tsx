// Every notice is drawn from one anatomy (noticeCss in @samspill/react): a designer sees the same side bar, border,
// corners and padding on an Alert, a ServiceStatusBanner and the TermsAcceptance summary.
import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { Alert, SamspillProvider } from '@samspill/react';
import { exampleNotices } from '../../packages/patterns/src/LegalNotice/examples.js';
import { ServiceStatusBanner } from '../../packages/patterns/src/ServiceStatusBanner/ServiceStatusBanner.js';
import { TermsAcceptance } from '../../packages/patterns/src/TermsAcceptance/TermsAcceptance.js';

const frame = (element: Element) => {
  const style = getComputedStyle(element);
  return {
    bar: style.borderInlineStartWidth,
    border: style.borderTopWidth,
    corners: style.borderTopLeftRadius,
    padding: [style.paddingTop, style.paddingInlineEnd, style.paddingBottom].join(' '),
  };
};

it('draws the alert, the status banner and the terms summary with one side bar, border, corners and padding', async () => {
  const screen = await render(
    <SamspillProvider>
      <Alert tone="warning" title="Planned work" urgency="static">
        The portal is closed on Sunday.
      </Alert>
      <ServiceStatusBanner
        incident={{
          id: 'a',
          updatedAt: '2026-11-24T11:40:00Z',
          severity: 'degraded',
          title: 'Invoices open slowly',
          affected: 'Invoices.',
          action: 'We are on it.',
          timeZone: 'Europe/Oslo',
        }}
        help="/contact"
        now={() => new Date('2026-11-24T12:00:00Z')}
        storageKey="test:anatomy"
      />
      <TermsAcceptance notice={exampleNotices.terms.en} onAccept={() => {}} />
    </SamspillProvider>,
  );
  const alert = screen.getByText('Planned work').element().closest('[data-tone]')!;
  const banner = screen.getByRole('region', { name: 'Invoices open slowly' }).element();
  const summary = screen.container.querySelector("[data-part='summary']")!;
  const expected = frame(alert);
  expect(expected.bar).toBe('4px');
  expect(frame(banner)).toEqual(expected);
  expect(frame(summary)).toEqual(expected);
});

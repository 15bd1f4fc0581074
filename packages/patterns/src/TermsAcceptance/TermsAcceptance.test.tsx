import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SamspillProvider, TextField } from '@samspill/react';
import { exampleNotices } from '../LegalNotice/examples.js';
import { hashNotice } from '../LegalNotice/notice.js';
import { TermsAcceptance, type AcceptanceRecord } from './TermsAcceptance.js';

const notice = exampleNotices.terms.en;
const fixedClock = () => new Date('2026-11-24T10:15:00Z');

function form(onAccept: (record: AcceptanceRecord) => void, locale = 'en') {
  return (
    <SamspillProvider locale={locale}>
      <TermsAcceptance notice={locale === 'en' ? notice : exampleNotices.terms.sv} onAccept={onAccept} now={fixedClock}>
        <TextField label="Your name" name="name" />
      </TermsAcceptance>
    </SamspillProvider>
  );
}

describe('TermsAcceptance', () => {
  it('starts unticked, with the summary read as the checkbox description', async () => {
    const screen = await render(form(() => {}));
    const checkbox = screen.getByRole('checkbox', { name: 'I accept the terms of service' });
    await expect.element(checkbox).not.toBeChecked();
    await expect.element(checkbox).toHaveAccessibleDescription(notice.summary);
  });

  it('refuses to continue without acceptance: the error is tied to the checkbox, focus goes there, and the name typed stays', async () => {
    const onAccept = vi.fn();
    const screen = await render(form(onAccept));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }).element(), 'Kari Nordmann');
    await screen.getByRole('button', { name: 'Continue' }).click();
    const checkbox = screen.getByRole('checkbox');
    await expect.element(checkbox).toHaveFocus();
    await expect.element(checkbox).toHaveAttribute('aria-invalid', 'true');
    await expect.element(checkbox).toHaveAccessibleDescription(/Tick the box to accept the terms of service before you continue/);
    await expect.element(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Kari Nordmann');
    expect(onAccept).not.toHaveBeenCalled();
  });

  it('hands over what was accepted: notice, version, SHA-256 of its text, time and locale', async () => {
    const onAccept = vi.fn();
    const screen = await render(form(onAccept, 'sv'));
    await userEvent.keyboard('{Tab}{Tab} ');
    await expect.element(screen.getByRole('checkbox', { name: 'Jag godkänner villkor för elavtalet' })).toBeChecked();
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.poll(() => onAccept.mock.calls.length).toBe(1);
    expect(onAccept).toHaveBeenCalledWith({
      noticeId: 'terms',
      version: '5.1',
      contentHash: await hashNotice(exampleNotices.terms.sv),
      acceptedAt: '2026-11-24T10:15:00.000Z',
      locale: 'sv',
    });
  });
});

import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SamspillProvider, TextField, translator } from '@samspill/react';
import { exampleNotices } from '../LegalNotice/examples.js';
import { hashNotice } from '../LegalNotice/notice.js';
import { recordAnnouncementsInEachTest } from '#test/announcements.js';
import { TermsAcceptance, type AcceptanceRecord } from './TermsAcceptance.js';
import { catalogueFor } from '../locales/index.js';

const notice = exampleNotices.terms.en;
const fixedClock = () => new Date('2026-11-24T10:15:00Z');

const said = recordAnnouncementsInEachTest();

/** The alert's title, after its spoken tone ("Error"); not the live region, which says title and message at once. */
const alertTitle = (title: string) => new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The page as if served over plain http, where browsers give no `crypto.subtle`, until the returned function runs. */
function withoutWebCrypto(): () => void {
  Object.defineProperty(globalThis.crypto, 'subtle', { configurable: true, get: () => undefined });
  const restore = () => void Reflect.deleteProperty(globalThis.crypto, 'subtle');
  onTestFinished(restore);
  return restore;
}

/** Keeps the development log of a failed acceptance out of the test output, and lets a test read it. */
function quietErrors() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  onTestFinished(() => spy.mockRestore());
  return spy;
}

function form(onAccept: (record: AcceptanceRecord) => void | Promise<void>, locale = 'en') {
  return (
    <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
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

  it('refuses to continue without acceptance: the error is tied to the checkbox, focus goes there, and the name typed stays (WCAG 3.3.1)', async () => {
    const onAccept = vi.fn();
    const screen = await render(form(onAccept));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }).element(), 'Kari Nordmann');
    await screen.getByRole('button', { name: 'Continue' }).click();
    const checkbox = screen.getByRole('checkbox');
    await expect.element(checkbox).toHaveFocus();
    await expect.element(checkbox).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(checkbox)
      .toHaveAccessibleDescription(/Tick the box to accept the terms of service before you continue/);
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

  it('says so when recording the acceptance fails, keeps the box ticked, and records it on a second try', async () => {
    quietErrors();
    const onAccept = vi
      .fn<(record: AcceptanceRecord) => Promise<void>>()
      .mockRejectedValueOnce(new Error('503'))
      .mockResolvedValueOnce();
    const screen = await render(form(onAccept));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }).element(), 'Kari Nordmann');
    await screen.getByRole('checkbox', { name: 'I accept the terms of service' }).click();
    await screen.getByRole('button', { name: 'Continue' }).click();
    await expect.element(screen.getByText(alertTitle('We could not record your acceptance'))).toBeVisible();
    await expect
      .element(
        screen.getByText('Nothing has been saved yet. Try again, or contact us if it does not work.', { exact: true }),
      )
      .toBeVisible();
    await expect
      .poll(() => said.assertive)
      .toEqual([
        'We could not record your acceptance. Nothing has been saved yet. Try again, or contact us if it does not work.',
      ]);
    expect(said.polite.filter((text) => text.includes('You accepted'))).toEqual([]);
    await expect.element(screen.getByRole('checkbox')).toBeChecked();
    await expect.element(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Kari Nordmann');

    await screen.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => said.polite).toContain('Thank you. You accepted version 5.1.');
    expect(onAccept).toHaveBeenCalledTimes(2);
    await expect.element(screen.getByText(alertTitle('We could not record your acceptance'))).not.toBeInTheDocument();
  });

  it.each(['en', 'nb', 'nn', 'sv', 'fi', 'uk'])(
    'tells the customer in %s when the page has no Web Crypto (plain http), and hands nothing over to record',
    async (locale) => {
      const errors = quietErrors();
      const restore = withoutWebCrypto();
      const onAccept = vi.fn();
      const notice = exampleNotices.terms.en;
      const t = translator(locale, catalogueFor(locale));
      const screen = await render(
        <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
          <TermsAcceptance notice={notice} onAccept={onAccept} now={fixedClock} />
        </SamspillProvider>,
      );
      await screen.getByRole('checkbox').click();
      await screen.getByRole('button', { name: t('terms.submit') }).click();
      await expect.element(screen.getByText(alertTitle(t('terms.failedTitle')))).toBeVisible();
      await expect.element(screen.getByText(t('terms.failed'), { exact: true })).toBeVisible();
      await expect.poll(() => said.assertive).toEqual([`${t('terms.failedTitle')}. ${t('terms.failed')}`]);
      expect(onAccept).not.toHaveBeenCalled();
      expect(String(errors.mock.calls.flat().find((value) => value instanceof Error))).toMatch(/crypto\.subtle.*https/);

      restore();
      await screen.getByRole('button', { name: t('terms.submit') }).click();
      await expect.poll(() => onAccept.mock.calls.length).toBe(1);
    },
  );
});

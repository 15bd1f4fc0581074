import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SamspillProvider } from '@samspill/react';
import { exampleHours } from '../contact/examples.js';
import { CallbackRequest, type CallbackRequestData } from './CallbackRequest.js';
import { recordAnnouncementsInEachTest } from '#test/announcements.js';
import { catalogueFor } from '../locales/index.js';

const said = recordAnnouncementsInEachTest();

// Tuesday 24 November 2026, 15:00 in Oslo.
const now = () => new Date('2026-11-24T14:00:00Z');

function form(onSubmit: (request: CallbackRequestData) => Promise<void>, locale = 'en-GB') {
  return (
    <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
      <CallbackRequest
        hours={exampleHours}
        countryCallingCode="47"
        now={now}
        days={2}
        timeZoneName="never"
        onSubmit={onSubmit}
      />
    </SamspillProvider>
  );
}

describe('CallbackRequest', () => {
  it('offers only whole slots inside the opening hours, grouped by day', async () => {
    const screen = await render(form(async () => {}));
    const select = screen.getByRole('combobox', { name: /When should we call/ });
    const groups = Array.from(select.element().querySelectorAll('optgroup'), (group) => group.label);
    expect(groups).toEqual(['Tuesday 24 November', 'Wednesday 25 November']);
    const options = Array.from(select.element().querySelectorAll('option'), (option) => option.textContent);
    // Today only 15:30–16:00 is far enough ahead; tomorrow the whole day, 08:00 to 16:00.
    expect(options.slice(0, 3)).toEqual(['Choose a time', '15:30–16:00', '08:00–08:30']);
    expect(options.at(-1)).toBe('15:30–16:00');
    expect(options).toHaveLength(1 + 1 + 16);
  });

  it('refuses a number nobody can call: the error is tied to the field, the summary takes focus, and nothing typed is lost (WCAG 3.3.1)', async () => {
    const onSubmit = vi.fn(async () => {});
    const screen = await render(form(onSubmit));
    await userEvent.fill(screen.getByRole('textbox', { name: /Your name/ }), 'Kari Nordmann');
    await userEvent.fill(screen.getByRole('textbox', { name: /Phone number/ }), 'ring meg');
    await userEvent.selectOptions(screen.getByRole('combobox'), '2026-11-25T07:00:00.000Z');
    await screen.getByRole('button', { name: 'Send request' }).click();
    const phone = screen.getByRole('textbox', { name: /Phone number/ });
    await expect.element(phone).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(phone)
      .toHaveAccessibleDescription(/Write a phone number we can call, for example \+47 22 33 44 55/);
    await expect.element(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(document.activeElement?.textContent).toContain('There is a problem');
    await expect.element(screen.getByRole('textbox', { name: /Your name/ })).toHaveValue('Kari Nordmann');
    await expect.element(screen.getByRole('combobox')).toHaveValue('2026-11-25T07:00:00.000Z');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps every value when sending fails, says so at once, and sends again on retry; success is shown and announced (WCAG 4.1.3)', async () => {
    const onSubmit = vi
      .fn<(request: CallbackRequestData) => Promise<void>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce();
    const screen = await render(form(onSubmit));
    await userEvent.fill(screen.getByRole('textbox', { name: /Your name/ }), 'Kari Nordmann');
    await userEvent.fill(screen.getByRole('textbox', { name: /Phone number/ }), '412 34 567');
    await userEvent.selectOptions(screen.getByRole('combobox'), '2026-11-25T07:00:00.000Z');
    // From the time to the send button, by keyboard.
    (screen.getByRole('combobox').element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}{Enter}');

    await expect.element(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect.poll(() => said.assertive.at(-1)).toContain('We could not send your request');
    await expect.element(screen.getByRole('textbox', { name: /Your name/ })).toHaveValue('Kari Nordmann');
    await expect.element(screen.getByRole('textbox', { name: /Phone number/ })).toHaveValue('412 34 567');

    await screen.getByRole('button', { name: 'Try again' }).click();
    const confirmation = screen.getByText('We will call 412 34 567 on Wednesday 25 November, between 08:00 and 08:30.');
    await expect.element(confirmation).toBeVisible();
    expect(document.activeElement?.contains(confirmation.element())).toBe(true);
    await expect
      .poll(() => said.polite.at(-1))
      .toBe('We will call 412 34 567 on Wednesday 25 November, between 08:00 and 08:30.');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit).toHaveBeenLastCalledWith({
      name: 'Kari Nordmann',
      phone: '+4741234567',
      phoneAsTyped: '412 34 567',
      slot: { start: '2026-11-25T07:00:00.000Z', end: '2026-11-25T07:30:00.000Z' },
      timeZone: 'Europe/Oslo',
      locale: 'en-GB',
    });
  });

  it('says how else to reach us when no time is free', async () => {
    const screen = await render(
      <SamspillProvider locale="nn" strings={catalogueFor('nn')}>
        <CallbackRequest
          hours={exampleHours}
          now={() => new Date('2026-12-24T12:00:00Z')}
          days={3}
          onSubmit={async () => {}}
        />
      </SamspillProvider>,
    );
    await expect
      .element(screen.getByText('Vi har ingen ledige tider dei næraste dagane. Kontakt oss på ein annan måte.'))
      .toBeVisible();
    expect(screen.container.querySelector('form')).toBeNull();
  });
});

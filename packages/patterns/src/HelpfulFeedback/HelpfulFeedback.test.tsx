import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SamspillProvider } from '@samspill/react';
import type { FeedbackSender } from '@samspill/feedback';
import { HelpfulFeedback, type HelpfulFeedbackProps } from './HelpfulFeedback.js';
import { recordAnnouncementsInEachTest } from '#test/announcements.js';
import { fakeSender } from '#test/feedback.js';
import { serverRenderAndHydrate } from '#test/ssr.js';
import { catalogueFor, catalogues } from '../locales/index.js';

const said = recordAnnouncementsInEachTest();

const routing = {
  channel: 'web',
  journey: 'move-house',
  touchpoint: 'receipt-page',
  teams: ['product', 'customer-service'],
};

function widget(client: FeedbackSender, props: Partial<HelpfulFeedbackProps> = {}, locale = 'en-GB') {
  return (
    <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
      <HelpfulFeedback client={client} {...routing} headingLevel={3} {...props} />
    </SamspillProvider>
  );
}

describe('HelpfulFeedback', () => {
  it('asks with a heading at the level given, and Yes and No sit in a group named by the question', async () => {
    const screen = await render(widget(fakeSender()));
    await expect.element(screen.getByRole('heading', { level: 3, name: 'Was this page helpful?' })).toBeVisible();
    const group = screen.getByRole('group', { name: 'Was this page helpful?' });
    await expect.element(group.getByRole('button', { name: 'Yes' })).toBeVisible();
    await expect.element(group.getByRole('button', { name: 'No' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('sends a yes from the keyboard at once, with the routing and the provider locale; the thank-you takes its place, gets focus and is announced (WCAG 2.1.1, 4.1.3)', async () => {
    const client = fakeSender();
    const onSubmitted = vi.fn();
    const screen = await render(widget(client, { onSubmitted }, 'nb-NO'));
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Ja' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const thanks = screen.getByRole('heading', { level: 3, name: 'Takk for tilbakemeldingen' });
    await expect.element(thanks).toHaveFocus();
    await expect
      .element(screen.getByText('Vi leser det du forteller oss, og bruker det til å gjøre tjenestene våre bedre.'))
      .toBeVisible();
    expect(screen.container.querySelector('button')).toBeNull();
    await expect
      .poll(() => said.polite.at(-1))
      .toBe(
        'Takk for tilbakemeldingen. Vi leser det du forteller oss, og bruker det til å gjøre tjenestene våre bedre.',
      );
    expect(client.submit).toHaveBeenCalledTimes(1);
    expect(client.submit).toHaveBeenCalledWith({
      kind: 'helpful',
      score: 1,
      locale: 'nb-NO',
      channel: 'web',
      journey: 'move-house',
      touchpoint: 'receipt-page',
      teams: ['product', 'customer-service'],
    });
    expect(onSubmitted).toHaveBeenCalledWith(expect.objectContaining({ status: 'sent' }));
  });

  it('opens "what went wrong" on No, moves focus into it, and sends the ticked reasons and the text with score 0 (WCAG 2.4.3)', async () => {
    const client = fakeSender();
    const screen = await render(widget(client));
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    await expect.element(screen.getByRole('button', { name: 'No' })).toHaveAttribute('aria-expanded', 'true');
    const step = screen.getByRole('group', { name: 'What went wrong?' });
    await expect.element(step).toHaveFocus();
    await expect.element(step).toHaveAccessibleDescription('Choose any that apply.');
    const reasons = step
      .getByRole('checkbox')
      .elements()
      .map((box) => box.closest('div')?.textContent);
    expect(reasons).toEqual([
      'Hard to understand',
      'Something is missing',
      'Something is wrong',
      'It did not help me do what I came to do',
    ]);

    // Tick the second and the fourth reason with Space.
    await userEvent.keyboard('{Tab}{Tab} {Tab}{Tab} ');
    await expect.element(screen.getByRole('checkbox', { name: 'Something is missing' })).toBeChecked();
    await expect
      .element(screen.getByRole('checkbox', { name: 'It did not help me do what I came to do' }))
      .toBeChecked();
    await userEvent.keyboard('{Tab}');
    const text = screen.getByRole('textbox', { name: 'Tell us more (optional)' });
    await expect.element(text).toHaveFocus();
    await expect
      .element(text)
      .toHaveAccessibleDescription(
        /Do not write personal information such as your national identity number, phone number or e-mail address\./,
      );
    await expect.element(text).toHaveAccessibleDescription(/You have 1000 characters left/);
    await userEvent.keyboard('  No PO box.  ');
    await expect.element(text).toHaveAccessibleDescription(/You have 986 characters left/);
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Send feedback' })).toHaveFocus();
    await userEvent.keyboard(' ');

    await expect.element(screen.getByRole('heading', { name: 'Thank you for your feedback' })).toHaveFocus();
    expect(client.submit).toHaveBeenCalledExactlyOnceWith({
      kind: 'helpful',
      score: 0,
      reasons: ['something-missing', 'did-not-help'],
      comment: 'No PO box.',
      locale: 'en-GB',
      ...routing,
    });
  });

  it('sends a plain no when nothing is ticked or written, and sends only the routing it was given', async () => {
    const client = fakeSender();
    const screen = await render(
      <SamspillProvider locale="sv" strings={catalogueFor('sv')}>
        <HelpfulFeedback client={client} journey="claim" />
      </SamspillProvider>,
    );
    await screen.getByRole('button', { name: 'Nej' }).click();
    await screen.getByRole('button', { name: 'Skicka synpunkter' }).click();
    await expect.element(screen.getByRole('heading', { level: 2, name: 'Tack för dina synpunkter' })).toHaveFocus();
    expect(client.submit).toHaveBeenCalledExactlyOnceWith({
      kind: 'helpful',
      score: 0,
      locale: 'sv',
      journey: 'claim',
    });
  });

  it('says the feedback is saved and will be sent when the connection is back when the client queued it', async () => {
    const screen = await render(widget(fakeSender('queued')));
    await screen.getByRole('button', { name: 'Yes' }).click();
    await expect
      .element(screen.getByText('Your feedback is saved. We will send it when the connection is back.'))
      .toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Thank you for your feedback' })).toHaveFocus();
    await expect
      .poll(() => said.polite.at(-1))
      .toBe('Thank you for your feedback. Your feedback is saved. We will send it when the connection is back.');
  });

  it('sends once however often Send is pressed, and when sending fails says so and keeps every reason and word', async () => {
    let fail!: (error: Error) => void;
    const client = {
      submit: vi
        .fn<FeedbackSender['submit']>()
        .mockImplementationOnce(() => new Promise((_, reject) => (fail = reject))),
    };
    const screen = await render(widget(client));
    await screen.getByRole('button', { name: 'No' }).click();
    await screen.getByRole('checkbox', { name: 'Something is wrong' }).click();
    await userEvent.fill(screen.getByRole('textbox', { name: 'Tell us more (optional)' }), 'The fee is wrong.');
    const send = screen.getByRole('button', { name: 'Send feedback' });
    await send.click();
    await expect.element(send).toHaveAttribute('aria-disabled', 'true');
    await expect.element(send).toHaveAttribute('aria-busy', 'true');
    // Playwright will not click an aria-disabled button, so press it the way a keyboard user would, twice.
    await expect.element(send).toHaveFocus();
    await userEvent.keyboard('{Enter} ');
    expect(client.submit).toHaveBeenCalledTimes(1);

    fail(new Error('comment: must be a string'));
    // Exact, so the same words in the live region do not count.
    await expect.element(screen.getByText('Nothing you entered is lost. Try again.', { exact: true })).toBeVisible();
    await expect.poll(() => said.assertive.at(-1)).toContain('We could not send your feedback');
    await expect.element(screen.getByRole('checkbox', { name: 'Something is wrong' })).toBeChecked();
    await expect
      .element(screen.getByRole('textbox', { name: 'Tell us more (optional)' }))
      .toHaveValue('The fee is wrong.');
    await expect.element(send).not.toHaveAttribute('aria-disabled');
  });

  it('refuses to send a text over the limit: the error is on the field, which gets focus, and nothing is lost (WCAG 3.3.1)', async () => {
    const client = fakeSender();
    const screen = await render(widget(client, { characterLimit: 10 }));
    await screen.getByRole('button', { name: 'No' }).click();
    const text = screen.getByRole('textbox', { name: 'Tell us more (optional)' });
    await userEvent.fill(text, 'Far too long a text');
    await screen.getByRole('button', { name: 'Send feedback' }).click();
    await expect.element(text).toHaveFocus();
    await expect.element(text).toHaveAttribute('aria-invalid', 'true');
    await expect.element(text).toHaveAccessibleDescription(/Shorten the text to 10 characters or fewer/);
    await expect.element(text).toHaveValue('Far too long a text');
    expect(client.submit).not.toHaveBeenCalled();
  });

  it('takes its own reasons and string overrides', async () => {
    const client = fakeSender();
    const screen = await render(
      widget(client, {
        reasons: [{ id: 'price', label: 'The price was unclear' }],
        strings: { 'feedback.helpful.question': 'Did you find what you needed?' },
      }),
    );
    await expect.element(screen.getByRole('heading', { name: 'Did you find what you needed?' })).toBeVisible();
    await screen.getByRole('button', { name: 'No' }).click();
    await screen.getByRole('checkbox', { name: 'The price was unclear' }).click();
    await screen.getByRole('button', { name: 'Send feedback' }).click();
    await expect.element(screen.getByRole('heading', { name: 'Thank you for your feedback' })).toBeVisible();
    expect(client.submit).toHaveBeenCalledWith(expect.objectContaining({ reasons: ['price'] }));
  });

  it('shows its own reasons in the page’s language when they are given per language', async () => {
    const client = fakeSender();
    const screen = await render(
      widget(
        client,
        { reasons: [{ id: 'price', label: { en: 'The price was unclear', nb: 'Prisen var uklar' } }] },
        'nb',
      ),
    );
    await screen.getByRole('button', { name: 'Nei' }).click();
    await screen.getByRole('checkbox', { name: 'Prisen var uklar' }).click();
    expect(screen.container.textContent).not.toContain('The price was unclear');
  });

  it('renders on the server and hydrates without a warning', async () => {
    const { html, errors, warnings } = await serverRenderAndHydrate(() => widget(fakeSender(), {}, 'nn'));
    expect(html).toContain('Var denne sida nyttig?');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('names itself and the prop when there is no client', async () => {
    await expect(render(<HelpfulFeedback client={undefined as unknown as FeedbackSender} />)).rejects.toThrow(
      /^HelpfulFeedback needs a `client`/,
    );
  });

  it('has every feedback string in every built-in locale', () => {
    const keys = Object.keys(catalogues.en).filter((key) => key.startsWith('feedback.'));
    expect(keys.length).toBeGreaterThan(25);
    for (const [language, catalogue] of Object.entries(catalogues)) {
      const missing = keys.filter((key) => !(catalogue[key as keyof typeof catalogue] as string | undefined)?.trim());
      expect(missing, language).toEqual([]);
    }
  });
});

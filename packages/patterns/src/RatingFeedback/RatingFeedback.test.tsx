import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SamspillProvider } from '@samspill/react';
import type { FeedbackSender } from '@samspill/feedback';
import { RatingFeedback, type RatingFeedbackProps } from './RatingFeedback.js';
import { choiceAppearance, inForcedColors } from '#test/appearance.js';
import { recordAnnouncementsInEachTest } from '#test/announcements.js';
import { fakeSender } from '#test/feedback.js';
import { serverRenderAndHydrate } from '#test/ssr.js';
import { catalogueFor } from '../locales/index.js';

const said = recordAnnouncementsInEachTest();

const routing = {
  channel: 'web',
  journey: 'move-house',
  touchpoint: 'receipt-page',
  teams: ['product', 'web', 'customer-service', 'marketing'],
};

function widget(props: Partial<RatingFeedbackProps> & Pick<RatingFeedbackProps, 'client'>, locale = 'en-GB') {
  return (
    <SamspillProvider locale={locale} strings={catalogueFor(locale)}>
      <RatingFeedback type="csat" {...routing} {...props} />
    </SamspillProvider>
  );
}

describe('RatingFeedback', () => {
  it.each([
    [
      'csat',
      'How satisfied are you with our service?',
      ['1', '2', '3', '4', '5'],
      '1: Very unsatisfied 5: Very satisfied',
    ],
    [
      'ces',
      'How easy was it to do what you came to do?',
      ['1', '2', '3', '4', '5', '6', '7'],
      '1: Very difficult 7: Very easy',
    ],
    [
      'nps',
      'How likely is it that you would recommend us to a friend or colleague?',
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      '0: Not at all likely 10: Extremely likely',
    ],
  ] as const)(
    '%s is a radio group named by the question, with both labelled ends in its description',
    async (type, question, names, ends) => {
      const screen = await render(widget({ client: fakeSender(), type, headingLevel: 3 }));
      const group = screen.getByRole('group', { name: question });
      await expect.element(group).toHaveAccessibleDescription(ends);
      await expect.element(screen.getByRole('heading', { level: 3, name: question })).toBeVisible();
      const radios = group.getByRole('radio').elements() as HTMLInputElement[];
      expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual(names);
      const [low, high] = ends.split(/ (?=\d+:)/).map((end) => end.replace(/^\d+: /, ''));
      await expect.element(group.getByRole('radio', { name: names[0], exact: true })).toHaveAccessibleDescription(low!);
      await expect
        .element(group.getByRole('radio', { name: names.at(-1)!, exact: true }))
        .toHaveAccessibleDescription(high!);
      await expect.element(group.getByRole('radio', { name: names[1], exact: true })).not.toHaveAccessibleDescription();
    },
  );

  it.each(['csat', 'ces', 'nps'] as const)(
    '%s shows no score as chosen until the customer chooses one, in normal and forced colours',
    async (type) => {
      const screen = await render(widget({ client: fakeSender(), type }));
      const looks = () => screen.getByRole('radio').elements().map(choiceAppearance);
      const before = looks();
      let beforeForced: ReturnType<typeof looks> = [];
      await inForcedColors(() => {
        beforeForced = looks();
      });
      await userEvent.click(screen.getByRole('radio').last());
      await expect.element(screen.getByRole('radio').last()).toBeChecked();
      // Once one score is chosen, every other radio must look exactly as all of them did before: unchosen.
      const expectOnlyLastChosen = (now: ReturnType<typeof looks>, then: ReturnType<typeof looks>) => {
        expect(now.slice(0, -1)).toEqual(then.slice(0, -1));
        expect(now.at(-1)).not.toEqual(then.at(-1));
      };
      expectOnlyLastChosen(looks(), before);
      await inForcedColors(() => expectOnlyLastChosen(looks(), beforeForced));
    },
  );

  it('is one Tab stop whose arrows move and select; the comment carries the privacy hint; Space on Send sends score, text, routing and locale (WCAG 2.1.1)', async () => {
    const client = fakeSender();
    const onSubmitted = vi.fn();
    const screen = await render(widget({ client, onSubmitted }, 'nb-NO'));
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('radio', { name: '1', exact: true })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect.element(screen.getByRole('radio', { name: '4', exact: true })).toHaveFocus();
    await expect.element(screen.getByRole('radio', { name: '4', exact: true })).toBeChecked();
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(screen.getByRole('radio', { name: '3', exact: true })).toBeChecked();
    await expect.element(screen.getByRole('radio', { name: '4', exact: true })).not.toBeChecked();

    // The next Tab leaves the group for the comment: the other radios are not Tab stops.
    await userEvent.keyboard('{Tab}');
    const text = screen.getByRole('textbox', { name: 'Hva er hovedgrunnen til svaret ditt? (valgfritt)' });
    await expect.element(text).toHaveFocus();
    await expect
      .element(text)
      .toHaveAccessibleDescription(
        /Ikke skriv personopplysninger, som fødselsnummer, telefonnummer eller e-postadresse\./,
      );
    await expect.element(text).toHaveAccessibleDescription(/1000/);
    await userEvent.keyboard('Køen på telefon var lang.');
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Send tilbakemelding' })).toHaveFocus();
    await userEvent.keyboard(' ');

    const thanks = screen.getByRole('heading', { level: 2, name: 'Takk for tilbakemeldingen' });
    await expect.element(thanks).toHaveFocus();
    expect(screen.container.querySelector('form')).toBeNull();
    await expect.poll(() => said.polite.at(-1)).toMatch(/^Takk for tilbakemeldingen\. /);
    expect(client.submit).toHaveBeenCalledExactlyOnceWith({
      kind: 'csat',
      score: 3,
      comment: 'Køen på telefon var lang.',
      locale: 'nb-NO',
      channel: 'web',
      journey: 'move-house',
      touchpoint: 'receipt-page',
      teams: ['product', 'web', 'customer-service', 'marketing'],
    });
    expect(onSubmitted).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'sent', payload: expect.objectContaining({ kind: 'csat', score: 3 }) }),
    );
  });

  it('sends a score of 0 for NPS when Enter is pressed on the chosen radio', async () => {
    const client = fakeSender();
    const screen = await render(widget({ client, type: 'nps', comment: false }));
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('radio', { name: '0', exact: true })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('radio', { name: '0', exact: true })).toBeChecked();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('heading', { name: 'Thank you for your feedback' })).toHaveFocus();
    expect(client.submit).toHaveBeenCalledExactlyOnceWith({ kind: 'nps', score: 0, locale: 'en-GB', ...routing });
  });

  it('asks for a score when none is chosen: the error is in the group description and focus goes to the first radio (WCAG 3.3.1)', async () => {
    const client = fakeSender();
    const screen = await render(widget({ client, type: 'ces' }));
    await screen.getByRole('button', { name: 'Send feedback' }).click();
    const group = screen.getByRole('group', { name: 'How easy was it to do what you came to do?' });
    await expect.element(group).toHaveAccessibleDescription(/Choose a number from 1 to 7/);
    await expect.element(screen.getByRole('radio', { name: '1', exact: true })).toHaveFocus();
    expect(client.submit).not.toHaveBeenCalled();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(group).not.toHaveAccessibleDescription(/Choose a number/);
  });

  it('says the feedback is saved and will be sent when the connection is back when the client queued it', async () => {
    const screen = await render(widget({ client: fakeSender('queued') }, 'uk'));
    await screen.getByRole('radio', { name: '5', exact: true }).click();
    await screen.getByRole('button', { name: 'Надіслати відгук' }).click();
    await expect.element(screen.getByRole('heading', { name: 'Дякуємо за ваш відгук' })).toHaveFocus();
    await expect
      .element(screen.getByText('Ваш відгук збережено. Ми надішлемо його, щойно з’єднання відновиться.'))
      .toBeVisible();
    await expect
      .poll(() => said.polite.at(-1))
      .toBe('Дякуємо за ваш відгук. Ваш відгук збережено. Ми надішлемо його, щойно з’єднання відновиться.');
  });

  it('sends once while sending, and when sending fails keeps the chosen score and the text and can send again', async () => {
    let fail!: (error: Error) => void;
    const submit = vi
      .fn<FeedbackSender['submit']>()
      .mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
      .mockImplementation(fakeSender().submit);
    const screen = await render(widget({ client: { submit } }));
    await screen.getByRole('radio', { name: '2', exact: true }).click();
    await userEvent.fill(screen.getByRole('textbox'), 'Slow answers.');
    const send = screen.getByRole('button', { name: 'Send feedback' });
    await send.click();
    await expect.element(send).toHaveAttribute('aria-disabled', 'true');
    // Playwright will not click an aria-disabled button, so press it the way a keyboard user would, twice.
    await expect.element(send).toHaveFocus();
    await userEvent.keyboard('{Enter} ');
    expect(submit).toHaveBeenCalledTimes(1);

    fail(new Error('score: must be an integer from 1 to 5'));
    // Exact, so the same words in the live region do not count.
    await expect.element(screen.getByText('Nothing you entered is lost. Try again.', { exact: true })).toBeVisible();
    await expect
      .poll(() => said.assertive.at(-1))
      .toContain('We could not send your feedback. Nothing you entered is lost.');
    await expect.element(screen.getByRole('radio', { name: '2', exact: true })).toBeChecked();
    await expect.element(screen.getByRole('textbox')).toHaveValue('Slow answers.');

    await send.click();
    await expect.element(screen.getByRole('heading', { name: 'Thank you for your feedback' })).toHaveFocus();
    expect(submit).toHaveBeenCalledTimes(2);
    expect(submit).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'csat', score: 2, comment: 'Slow answers.' }),
    );
  });

  it('lays the scale out in a row of targets of at least 24x24 px that wraps at 320 px without scrolling sideways', async () => {
    const screen = await render(
      <SamspillProvider>
        <div style={{ width: 320 }} data-testid="narrow">
          <RatingFeedback client={fakeSender()} type="nps" />
        </div>
      </SamspillProvider>,
    );
    const radios = screen.getByRole('radio').elements() as HTMLInputElement[];
    expect(radios).toHaveLength(11);
    for (const radio of radios) {
      const target = radio.labels![0]!.getBoundingClientRect();
      expect(target.width).toBeGreaterThanOrEqual(24);
      expect(target.height).toBeGreaterThanOrEqual(24);
      const input = radio.getBoundingClientRect();
      expect(input.width).toBeGreaterThanOrEqual(24);
      expect(input.height).toBeGreaterThanOrEqual(24);
    }
    const rows = new Set(radios.map((radio) => Math.round(radio.getBoundingClientRect().top)));
    expect(rows.size).toBeGreaterThan(1);
    // 0 and 1 sit side by side: a row, not a column.
    expect(Math.round(radios[0]!.getBoundingClientRect().top)).toBe(Math.round(radios[1]!.getBoundingClientRect().top));
    const narrow = screen.getByTestId('narrow').element();
    expect(narrow.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('renders on the server and hydrates without a warning', async () => {
    const { html, errors, warnings } = await serverRenderAndHydrate(() =>
      widget({ client: fakeSender(), type: 'nps' }, 'fi'),
    );
    expect(html).toContain('Kuinka todennäköisesti suosittelisit meitä ystävällesi tai kollegallesi?');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('names itself and the prop on misuse', async () => {
    await expect(
      render(<RatingFeedback type="csat" client={undefined as unknown as FeedbackSender} />),
    ).rejects.toThrow(/^RatingFeedback needs a `client`/);
    await expect(render(<RatingFeedback type={'stars' as 'csat'} client={fakeSender()} />)).rejects.toThrow(
      /^RatingFeedback needs a `type` of 'csat', 'ces' or 'nps'/,
    );
  });

  describe('lays the scale out evenly', () => {
    const scaleAt = async (type: RatingFeedbackProps['type'], width: number) => {
      const screen = await render(
        <div style={{ width }}>{widget({ client: fakeSender(), type, comment: false })}</div>,
      );
      await document.fonts.ready;
      const cells = Array.from(screen.container.querySelectorAll('[data-part="scale"] > label'), (cell) =>
        cell.getBoundingClientRect(),
      );
      const [low, high] = Array.from(screen.container.querySelectorAll('[data-part="ends"] > span'), (end) =>
        end.getBoundingClientRect(),
      );
      return { cells, low: low!, high: high! };
    };
    const rows = (cells: DOMRect[]) => {
      const counts = new Map<number, number>();
      for (const cell of cells) counts.set(Math.round(cell.top), (counts.get(Math.round(cell.top)) ?? 0) + 1);
      return [...counts.values()];
    };

    it.each([
      ['nps', 288],
      ['ces', 288],
      ['csat', 288],
      ['nps', 640],
    ] as const)(
      '%s at %s px: rows of even length, targets of at least 24 px, and each end label at its end of the scale',
      async (type, width) => {
        const { cells, low, high } = await scaleAt(type, width);
        const lengths = rows(cells);
        expect(Math.max(...lengths) - Math.min(...lengths), `rows of ${lengths.join(', ')} cells`).toBeLessThanOrEqual(
          1,
        );
        for (const cell of cells) {
          expect(cell.width).toBeGreaterThanOrEqual(24);
          expect(cell.height).toBeGreaterThanOrEqual(24);
        }
        expect(Math.max(...cells.map((cell) => cell.right)), 'the scale fits its width').toBeLessThanOrEqual(width + 1);
        const first = cells[0]!;
        const last = cells.at(-1)!;
        expect(Math.abs(low.left - first.left), 'the low label starts where the lowest value does').toBeLessThanOrEqual(
          1,
        );
        expect(
          Math.abs(high.right - last.right),
          'the high label ends where the highest value does',
        ).toBeLessThanOrEqual(1);
        expect(last.right, 'the highest value ends the scale').toBeGreaterThanOrEqual(
          Math.max(...cells.map((cell) => cell.right)) - 1,
        );
      },
    );
  });
});

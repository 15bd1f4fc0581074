import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FeedbackPayload } from '@samspill/feedback';
import { PayloadFigure, createStorySender } from '../FeedbackWidget/storySender.js';
import { RatingFeedback } from './RatingFeedback.js';

const meta = {
  title: 'Patterns/RatingFeedback',
  component: RatingFeedback,
  parameters: {
    docs: {
      description: {
        component:
          'A CSAT (1-5), CES (1-7) or NPS (0-10) question as native radio buttons under a legend: one Tab stop, the ' +
          "arrow keys move and select, and both labelled ends are part of the group's description (and of the end " +
          "radios'). The scale is a row of targets of at least 24x24 px that wraps on narrow screens. The optional " +
          'comment has a privacy hint and a character count. The answer goes to `client.submit` with `kind`, ' +
          "`score`, `comment`, the routing context and the provider's locale; a thank-you then takes the " +
          "widget's place, gets focus and is announced.",
      },
    },
  },
  args: {
    type: 'csat',
    client: createStorySender(),
    channel: 'web',
    journey: 'claim',
    touchpoint: 'receipt-page',
    teams: ['product', 'customer-service'],
  },
} satisfies Meta<typeof RatingFeedback>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Customer satisfaction, 1 to 5. */
export const Default: Story = {};

/** Customer effort, 1 to 7. */
export const Effort: Story = { args: { type: 'ces' } };

/** Net Promoter Score, 0 to 10. */
export const NetPromoterScore: Story = { name: 'Net promoter score', args: { type: 'nps' } };

/** Just the scale, without the comment. */
export const WithoutComment: Story = { name: 'Without comment', args: { type: 'nps', comment: false } };

/** Sending without a score: the error is on the group and focus goes to the first radio. */
export const ScoreMissing: Story = {
  name: 'Score missing',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await waitFor(() => expect(canvas.getByRole('radio', { name: '1' })).toHaveFocus());
  },
};

/** Chosen with the arrow keys and sent; the thank-you takes the widget's place and gets focus. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '1' }));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: '4' })).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    const thanks = await canvas.findByRole('heading', { name: 'Thank you for your feedback' });
    await waitFor(() => expect(thanks).toHaveFocus());
  },
};

/** Offline: the client has queued the answer, and the thank-you says it will be sent when the connection is back. */
export const QueuedOffline: Story = {
  name: 'Queued offline',
  args: { client: createStorySender({ endpoint: 'offline' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '5' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(
      await canvas.findByText('Your feedback is saved. We will send it when the connection is back.'),
    ).toBeVisible();
  },
};

/** `submit` rejected: the error is shown, and the score and the text stay. */
export const SendingFails: Story = {
  name: 'Sending fails',
  args: { client: createStorySender({ endpoint: 'refuse' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '2' }));
    await userEvent.type(canvas.getByRole('textbox'), 'The answer came too late.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(await canvas.findByText('Nothing you entered is lost. Try again.')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: '2' })).toBeChecked();
    await expect(canvas.getByRole('textbox')).toHaveValue('The answer came too late.');
  },
};

export const Norwegian: Story = { tags: ['test-case'], args: { type: 'nps' }, globals: { locale: 'nb' } };

export const Ukrainian: Story = { tags: ['test-case'], args: { type: 'nps' }, globals: { locale: 'uk' } };

/** At 320 px wide (WCAG 1.4.10 Reflow): the 0-10 scale wraps onto a second row instead of scrolling sideways. */
export const Narrow: Story = {
  args: { type: 'nps' },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

/** The exact payload the widget sent, as the client built it, with the routing context for every team. */
export const PayloadItSends: Story = {
  name: 'Payload it sends',
  // The payload carries a fresh id and time on every run, so no screenshot can hold it; the play function checks it.
  tags: ['no-screenshot'],
  args: {
    type: 'nps',
    client: createStorySender(),
    channel: 'web',
    journey: 'claim',
    touchpoint: 'receipt-page',
    teams: ['product', 'web', 'customer-service', 'marketing'],
  },
  render: function Render(args) {
    const [payload, setPayload] = useState<FeedbackPayload>();
    return (
      <div style={{ display: 'grid', gap: '1.5rem' }}>
        <RatingFeedback {...args} onSubmitted={(result) => setPayload(result.payload)} />
        {payload && <PayloadFigure payload={payload} />}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '9' }));
    await userEvent.type(canvas.getByRole('textbox'), 'Quick and clear.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    const shown = await canvas.findByRole('figure', { name: 'The payload it sent' });
    const payload = JSON.parse(shown.querySelector('pre')?.textContent ?? '{}') as FeedbackPayload;
    await expect(payload).toMatchObject({
      kind: 'nps',
      score: 9,
      scale: { min: 0, max: 10 },
      comment: 'Quick and clear.',
      locale: 'en',
      channel: 'web',
      journey: 'claim',
      touchpoint: 'receipt-page',
      teams: ['product', 'web', 'customer-service', 'marketing'],
      schemaVersion: 1,
    });
  },
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoEffortAfterTask: Story = {
  name: 'Do: effort after a task',
  tags: ['guidance'],
  args: { type: 'ces', comment: false },
};

export const DontRecommendAfterTask: Story = {
  name: 'Don’t: recommend after paying',
  tags: ['guidance'],
  args: { type: 'nps', comment: false },
};

export const DoNeutralQuestion: Story = {
  name: 'Do: a neutral question',
  tags: ['guidance'],
  args: { comment: false },
};

export const DontLeadingQuestion: Story = {
  name: 'Don’t: a leading question',
  tags: ['guidance'],
  args: {
    comment: false,
    strings: { 'feedback.csat.question': 'How much did you enjoy our new and improved service?' },
  },
};

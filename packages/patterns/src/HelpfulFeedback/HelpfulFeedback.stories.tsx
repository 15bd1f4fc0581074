import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { FeedbackPayload } from '@samspill/feedback';
import { PayloadFigure, createStorySender } from '../FeedbackWidget/storySender.js';
import { RatingFeedback } from '../RatingFeedback/RatingFeedback.js';
import { HelpfulFeedback } from './HelpfulFeedback.js';

const meta = {
  title: 'Patterns/HelpfulFeedback',
  component: HelpfulFeedback,
  parameters: {
    docs: {
      description: {
        component:
          '"Was this page helpful?" with Yes and No. Yes is sent at once (`score: 1`); No opens an optional "what ' +
          'went wrong" step with reasons as checkboxes and free text with a privacy hint and a character count ' +
          '(`score: 0`). The answer goes to `client.submit` (a `FeedbackSender` from `@samspill/feedback`) with the ' +
          "routing context (`channel`, `journey`, `touchpoint`, `teams`) and the provider's locale. A thank-you then " +
          "takes the widget's place, gets focus and is announced; when the client queued the answer (offline), it " +
          'says it will be sent when the connection is back. If `submit` rejects, the error is shown and nothing the ' +
          'customer entered is lost.',
      },
    },
  },
  args: {
    client: createStorySender(),
    channel: 'web',
    journey: 'move-house',
    touchpoint: 'new-address',
    teams: ['product', 'web'],
  },
} satisfies Meta<typeof HelpfulFeedback>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** After No: reasons as checkboxes and free text, all optional. Focus moves into the step. */
export const WhatWentWrong: Story = {
  name: 'What went wrong',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'No' }));
    await waitFor(() => expect(canvas.getByRole('group', { name: 'What went wrong?' })).toHaveFocus());
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Something is missing' }));
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Tell us more (optional)' }),
      'Where do I change my postal address?',
    );
  },
};

/** Yes is sent at once; the thank-you takes the widget's place and gets focus. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Yes' }));
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
    await userEvent.click(canvas.getByRole('button', { name: 'Yes' }));
    await expect(
      await canvas.findByText('Your feedback is saved. We will send it when the connection is back.'),
    ).toBeVisible();
  },
};

/** `submit` rejected: the error is shown and the reasons and text stay. */
export const SendingFails: Story = {
  name: 'Sending fails',
  args: { client: createStorySender({ endpoint: 'refuse' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'No' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Hard to understand' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Tell us more (optional)' }), 'Too many long words.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    await expect(await canvas.findByText('Nothing you entered is lost. Try again.')).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Hard to understand' })).toBeChecked();
    await expect(canvas.getByRole('textbox', { name: 'Tell us more (optional)' })).toHaveValue('Too many long words.');
  },
};

export const Norwegian: Story = {
  tags: ['test-case'],
  globals: { locale: 'nb' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Nei' }));
  },
};

export const Ukrainian: Story = {
  tags: ['test-case'],
  globals: { locale: 'uk' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Ні' }));
  },
};

/** At 320 px wide (WCAG 1.4.10 Reflow) with the step open. */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'No' }));
  },
};

/** The exact payload the widget sent, as the client built it: personal data scrubbed, the routing context for every team. */
export const PayloadItSends: Story = {
  name: 'Payload it sends',
  // The payload carries a fresh id and time on every run, so no screenshot can hold it; the play function checks it.
  tags: ['no-screenshot'],
  args: {
    client: createStorySender(),
    channel: 'web',
    journey: 'move-house',
    touchpoint: 'new-address',
    teams: ['product', 'web', 'customer-service', 'marketing'],
  },
  render: function Render(args) {
    const [payload, setPayload] = useState<FeedbackPayload>();
    return (
      <div style={{ display: 'grid', gap: '1.5rem' }}>
        <HelpfulFeedback {...args} onSubmitted={(result) => setPayload(result.payload)} />
        {payload && <PayloadFigure payload={payload} />}
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'No' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Something is wrong' }));
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Tell us more (optional)' }),
      'The moving date shows the wrong year. Call me on 412 34 567.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send feedback' }));
    const shown = await canvas.findByRole('figure', { name: 'The payload it sent' });
    const payload = JSON.parse(shown.querySelector('pre')?.textContent ?? '{}') as FeedbackPayload;
    await expect(payload).toMatchObject({
      kind: 'helpful',
      score: 0,
      scale: { min: 0, max: 1 },
      reasons: ['something-wrong'],
      // The phone number never leaves the browser.
      comment: 'The moving date shows the wrong year. Call me on [phone number].',
      locale: 'en',
      channel: 'web',
      journey: 'move-house',
      touchpoint: 'new-address',
      teams: ['product', 'web', 'customer-service', 'marketing'],
      schemaVersion: 1,
    });
  },
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

/** A short help article, for the examples of where the question goes. */
const Article = () => (
  <div style={{ display: 'grid', gap: '0.5rem', maxWidth: '40rem', color: 'var(--samspill-color-text-default)' }}>
    <h2 style={{ margin: 0 }}>Change your address when you move</h2>
    <p style={{ margin: 0 }}>
      Tell us your new address and the date you move, at least a week before. We read the meter on that day.
    </p>
  </div>
);

export const DoAfterContent: Story = {
  name: 'Do: at the end of the content',
  tags: ['guidance'],
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <Article />
      <HelpfulFeedback {...args} />
    </div>
  ),
};

export const DontBeforeContent: Story = {
  name: 'Don’t: before the content',
  tags: ['guidance'],
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <HelpfulFeedback {...args} />
      <Article />
    </div>
  ),
};

export const DoOneQuestion: Story = { name: 'Do: one question', tags: ['guidance'] };

export const DontDoubleQuestion: Story = {
  name: 'Don’t: two questions in one',
  tags: ['guidance'],
  args: { strings: { 'feedback.helpful.question': 'Was this page helpful and easy to understand?' } },
};

export const DoOneWidget: Story = { name: 'Do: one kind of feedback', tags: ['guidance'] };

export const DontStackedWidgets: Story = {
  name: 'Don’t: a page question and a rating',
  tags: ['guidance'],
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <HelpfulFeedback {...args} />
      <RatingFeedback {...args} type="csat" comment={false} />
    </div>
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox, Link, TextField } from '@samspill/react';
import { exampleNotices } from '../LegalNotice/examples.js';
import { TermsAcceptance } from './TermsAcceptance.js';

const meta = {
  title: 'Patterns/TermsAcceptance',
  component: TermsAcceptance,
  parameters: {
    docs: {
      description: {
        component:
          'Records what a customer accepted: `onAccept` receives `{ noticeId, version, contentHash, acceptedAt, locale }`, ' +
          "where `contentHash` is the SHA-256 of the notice's canonical text. Store it with the customer to prove which text they accepted.",
      },
    },
  },
  args: {
    notice: exampleNotices.terms.en,
    onAccept: () => {},
    help: <Link href="#terms">Read the full terms</Link>,
  },
} satisfies Meta<typeof TermsAcceptance>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithOtherFields: Story = {
  name: 'With other fields',
  render: (args) => (
    <TermsAcceptance {...args}>
      <TextField label="Your name" name="name" autoComplete="name" />
    </TermsAcceptance>
  ),
};

/** Continuing without ticking the box shows an error on the checkbox and moves focus there. */
export const NotAccepted: Story = {
  name: 'Not accepted',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('checkbox')).toHaveFocus();
    await expect(canvas.getByRole('checkbox')).toHaveAttribute('aria-invalid', 'true');
  },
};

/**
 * When `onAccept` rejects (the record was not stored) or the page has no Web Crypto (plain http), the customer is
 * told that nothing was recorded; the box stays ticked and "Continue" tries again.
 */
export const RecordingFails: Story = {
  args: { onAccept: () => Promise.reject(new Error('The acceptance store answered 503')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox'));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(
      await canvas.findByText('Nothing has been saved yet. Try again, or contact us if it does not work.'),
    ).toBeVisible();
    await expect(canvas.getByRole('checkbox')).toBeChecked();
  },
};

export const Norwegian: Story = {
  tags: ['test-case'],
  args: { notice: exampleNotices.terms.nb, help: <Link href="#terms">Les hele vilkårene</Link> },
  globals: { locale: 'nb' },
};
export const Ukrainian: Story = {
  tags: ['test-case'],
  args: { notice: exampleNotices.terms.uk, help: <Link href="#terms">Прочитати всі умови</Link> },
  globals: { locale: 'uk' },
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const terms = exampleNotices.terms.en;

export const DoLinkToNotice: Story = { name: 'Do: a link to the full notice', tags: ['guidance'] };

export const DontNoLink: Story = {
  name: 'Don’t: no way to read the notice',
  tags: ['guidance'],
  args: { help: undefined },
};

export const DoSeparateConsent: Story = {
  name: 'Do: optional consent on its own',
  tags: ['guidance'],
  render: (args) => (
    <TermsAcceptance {...args}>
      <Checkbox name="offers" label="Send me offers by e-mail (optional)" />
    </TermsAcceptance>
  ),
};

export const DontBundledConsent: Story = {
  name: 'Don’t: consent folded into the terms',
  tags: ['guidance'],
  args: {
    notice: {
      ...terms,
      title: 'Terms and marketing consent',
      summary: `${terms.summary} We will also send you offers from us and our partners by e-mail and text message.`,
    },
  },
};

export const DoPlainSummary: Story = { name: 'Do: a summary of what is agreed', tags: ['guidance'] };

export const DontEmptySummary: Story = {
  name: 'Don’t: a summary that says nothing',
  tags: ['guidance'],
  args: {
    notice: { ...terms, summary: 'By continuing, you agree to the terms and conditions that apply to your agreement.' },
  },
};

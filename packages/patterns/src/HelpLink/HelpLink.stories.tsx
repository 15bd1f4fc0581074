import type { ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Link } from '@samspill/react';
import { exampleContact } from '../contact/examples.js';
import { ContactBar } from './ContactBar.js';
import { HelpLink } from './HelpLink.js';

const tuesdayMorning = () => new Date('2026-11-24T09:00:00Z');

const meta = {
  title: 'Patterns/HelpLink',
  component: HelpLink,
  args: { href: '/contact#contact-options' },
} satisfies Meta<typeof HelpLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A link to the contact page's options. */
export const ToContactPage: Story = { name: 'To contact page' };

/** A button that opens the contact options in a dialog, without leaving the page. */
export const InDialog: Story = {
  name: 'In dialog',
  args: { href: undefined, config: exampleContact, now: tuesdayMorning, timeZoneName: 'never' } as never,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Contact us' }));
    const dialog = within(canvasElement.ownerDocument.body).getByRole('dialog', { name: 'Contact us' });
    // The dialog fades in; wait for it.
    await waitFor(() => expect(within(dialog).getByRole('link', { name: '22 33 44 55' })).toBeVisible(), {
      timeout: 5_000,
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await expect(canvas.getByRole('button', { name: 'Contact us' })).toHaveFocus();
  },
};

/** The bar for the shared page layout: the main channels with their status, and the way to all of them. */
export const Bar: Story = {
  render: () => (
    <ContactBar config={exampleContact} help="/contact#contact-options" now={tuesdayMorning} timeZoneName="never" />
  ),
};

export const BarWithDialog: Story = {
  name: 'Bar with dialog',
  render: () => (
    <ContactBar config={exampleContact} now={() => new Date('2026-11-24T17:30:00Z')} timeZoneName="never" />
  ),
};

export const NarrowBar: Story = {
  name: 'Narrow bar',
  render: () => (
    <div style={{ maxWidth: 320 }}>
      <ContactBar
        config={exampleContact}
        channelIds={['phone', 'chat']}
        help="/contact"
        now={tuesdayMorning}
        timeZoneName="never"
      />
    </div>
  ),
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

/** A sketch of a page of the service: a top bar with the name and any help, the content, and any help below it. */
function PageSketch({ name, top, bottom }: { name: string; top?: ReactNode; bottom?: ReactNode }) {
  const rule = '1px solid var(--samspill-color-border-default)';
  return (
    <div
      style={{
        border: rule,
        borderRadius: 'var(--samspill-radius-md)',
        color: 'var(--samspill-color-text-default)',
        minWidth: 0,
      }}
    >
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          gap: '0.5rem',
          padding: '0.5rem 0.75rem',
          borderBlockEnd: rule,
        }}
      >
        <strong>Example Energy</strong>
        {top}
      </div>
      <p style={{ margin: 0, padding: '0.75rem', display: 'grid', gap: '0.5rem' }}>
        <span>{name}</span>
        {bottom}
      </p>
    </div>
  );
}

const sketches = { display: 'grid', gap: '1rem' } as const;

export const DoSamePlace: Story = {
  name: 'Do: the same place on every page',
  tags: ['guidance'],
  render: () => (
    <div style={sketches}>
      <PageSketch name="Your invoices" top={<HelpLink href="/contact#contact-options" />} />
      <PageSketch name="Move house" top={<HelpLink href="/contact#contact-options" />} />
    </div>
  ),
};

export const DontMovingHelp: Story = {
  name: 'Don’t: help in a different place per page',
  tags: ['guidance'],
  render: () => (
    <div style={sketches}>
      <PageSketch name="Your invoices" top={<HelpLink href="/contact#contact-options" />} />
      <PageSketch name="Move house" bottom={<Link href="/contact">Questions about moving?</Link>} />
    </div>
  ),
};

export const DoPeopleFirst: Story = {
  name: 'Do: lead to people',
  tags: ['guidance'],
  render: () => (
    <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem', margin: 0 }}>
      <HelpLink href="/contact#contact-options" />
      <Link href="/faq">Frequently asked questions</Link>
    </p>
  ),
};

export const DontFaqOnly: Story = {
  name: 'Don’t: a FAQ as the only help',
  tags: ['guidance'],
  render: () => (
    <p style={{ margin: 0 }}>
      <Link href="/faq">Frequently asked questions</Link>
    </p>
  ),
};

export const DoFewChannels: Story = {
  name: 'Do: the main channels in the bar',
  tags: ['guidance'],
  render: () => (
    <ContactBar
      config={exampleContact}
      channelIds={['phone', 'chat']}
      help="/contact#contact-options"
      now={tuesdayMorning}
      timeZoneName="never"
    />
  ),
};

export const DontEveryChannel: Story = {
  name: 'Don’t: every channel in the bar',
  tags: ['guidance'],
  render: () => (
    <ContactBar
      config={exampleContact}
      channelIds={exampleContact.channels.map((channel) => channel.id!)}
      help="/contact#contact-options"
      now={tuesdayMorning}
      timeZoneName="never"
    />
  ),
};

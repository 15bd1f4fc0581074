import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
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
    await waitFor(() => expect(within(dialog).getByRole('link', { name: '22 33 44 55' })).toBeVisible(), { timeout: 5_000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await expect(canvas.getByRole('button', { name: 'Contact us' })).toHaveFocus();
  },
};

/** The bar for the shared page layout: the main channels with their status, and the way to all of them. */
export const Bar: Story = {
  render: () => <ContactBar config={exampleContact} help="/contact#contact-options" now={tuesdayMorning} timeZoneName="never" />,
};

export const BarWithDialog: Story = {
  name: 'Bar with dialog',
  render: () => <ContactBar config={exampleContact} now={() => new Date('2026-11-24T17:30:00Z')} timeZoneName="never" />,
};

export const NarrowBar: Story = {
  name: 'Narrow bar',
  render: () => (
    <div style={{ maxWidth: 320 }}>
      <ContactBar config={exampleContact} channelIds={['phone', 'chat']} help="/contact" now={tuesdayMorning} timeZoneName="never" />
    </div>
  ),
};

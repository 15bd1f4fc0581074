import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from './Text.js';

const meta = {
  title: 'Foundations/Text',
  component: Text,
  args: {
    children:
      'We will call you back within two working days. If your power is off right now, call us instead: we answer day and night.',
  },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Subtle: Story = { args: { tone: 'subtle', children: 'Last updated 24 November 2026' } };
export const Small: Story = { args: { size: 'small' } };
export const Large: Story = { args: { size: 'large' } };
export const Narrow: Story = { decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoSubtleForExtras: Story = {
  name: 'Do: subtle for what is secondary',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.25rem' }}>
      <Text>Your power will be off on Sunday from 02:00 to 04:00.</Text>
      <Text size="small" tone="subtle">
        Last updated 24 November 2026
      </Text>
    </div>
  ),
};

export const DontSubtleForTheMessage: Story = {
  name: 'Don’t: subtle for the main message',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.25rem' }}>
      <Text size="small" tone="subtle">
        Your power will be off on Sunday from 02:00 to 04:00.
      </Text>
      <Text>Last updated 24 November 2026</Text>
    </div>
  ),
};

export const DoShortParagraphs: Story = {
  name: 'Do: short paragraphs',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      <Text>We will call you back within two working days.</Text>
      <Text>If your power is off right now, call us instead. We answer day and night.</Text>
    </div>
  ),
};

export const DontWallOfText: Story = {
  name: 'Don’t: one long block',
  tags: ['guidance'],
  render: () => (
    <Text>
      Thank you for your request, which has been registered in our system and will be processed by the relevant
      department in due course, normally within two working days, after which a customer adviser will contact you by
      telephone, although if your power is off right now you should not wait but call us instead, since we answer day
      and night.
    </Text>
  ),
};

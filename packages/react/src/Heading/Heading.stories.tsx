import type { ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from '../Text/Text.js';
import { Heading } from './Heading.js';

const meta = {
  title: 'Foundations/Heading',
  component: Heading,
  args: { level: 2, children: 'Your electricity contract' },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Levels set the outline; sizes set the looks. An `h3` can look small or large without breaking the outline. */
export const LevelsAndSizes: Story = {
  name: 'Levels and sizes',
  render: () => (
    <>
      <Heading level={1}>Level 1, extra large</Heading>
      <Heading level={2}>Level 2, large</Heading>
      <Heading level={3}>Level 3, medium</Heading>
      <Heading level={4}>Level 4, small</Heading>
      <Heading level={3} size="small">
        Level 3 shown small
      </Heading>
    </>
  ),
};

export const LongText: Story = {
  name: 'Long text',
  args: { children: 'What happens to your personal data when you end your subscription to the customer portal' },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const section = (title: ReactNode) => (
  <div style={{ display: 'grid', gap: '0.5rem' }}>
    {title}
    <Text>You have a variable price contract. The price follows the market and changes every hour.</Text>
  </div>
);

export const DoSayWhatFollows: Story = {
  name: 'Do: say what the section is about',
  tags: ['guidance'],
  render: () => section(<Heading level={2}>Your electricity contract</Heading>),
};

export const DontVagueHeading: Story = {
  name: 'Don’t: a vague heading',
  tags: ['guidance'],
  render: () => section(<Heading level={2}>Information</Heading>),
};

export const DoRealHeading: Story = {
  name: 'Do: a real heading at the right level',
  tags: ['guidance'],
  render: () => section(<Heading level={3}>Your electricity contract</Heading>),
};

export const DontBoldText: Story = {
  name: 'Don’t: bold text that looks like a heading',
  tags: ['guidance'],
  render: () =>
    section(
      <Text>
        <strong>Your electricity contract</strong>
      </Text>,
    ),
};

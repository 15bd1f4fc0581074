import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from './Heading.js';

const meta = {
  title: 'Foundations/Heading',
  component: Heading,
  tags: ['autodocs'],
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

import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../Button/Button.js';
import { Text } from '../Text/Text.js';
import { Stack } from './Stack.js';

const meta = {
  title: 'Foundations/Stack',
  component: Stack,
  args: { gap: 4 },
  render: (args) => (
    <Stack {...args}>
      <Button>Send</Button>
      <Button variant="secondary">Save draft</Button>
      <Button variant="tertiary">Cancel</Button>
    </Stack>
  ),
} satisfies Meta<typeof Stack>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Column: Story = { args: { align: 'start' } };
export const Row: Story = { args: { direction: 'row', gap: 2 } };
export const NarrowRow: Story = {
  name: 'Narrow row',
  args: { direction: 'row', gap: 2 },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const parts = ['Your bills', 'Your usage', 'Your contract'];

export const DoGapFromScale: Story = {
  name: 'Do: one gap from the space scale',
  tags: ['guidance'],
  render: () => (
    <Stack gap={4}>
      {parts.map((part) => (
        <Text key={part} style={{ padding: '0.5rem', border: '1px solid var(--samspill-color-border-default)' }}>
          {part}
        </Text>
      ))}
    </Stack>
  ),
};

export const DontMarginsByHand: Story = {
  name: 'Don’t: margins set by hand',
  tags: ['guidance'],
  render: () => (
    <div>
      {parts.map((part, index) => (
        <Text
          key={part}
          style={{
            padding: '0.5rem',
            border: '1px solid var(--samspill-color-border-default)',
            marginBottom: ['3px', '27px', 0][index],
          }}
        >
          {part}
        </Text>
      ))}
    </div>
  ),
};

export const DoRowThatWraps: Story = {
  name: 'Do: a row that wraps',
  tags: ['guidance'],
  args: { direction: 'row', gap: 2 },
  decorators: [(Story) => <div style={{ maxWidth: 240 }}>{Story()}</div>],
};

export const DontRowThatOverflows: Story = {
  name: 'Don’t: a row that cannot wrap',
  tags: ['guidance'],
  args: { direction: 'row', gap: 2, wrap: false },
  decorators: [(Story) => <div style={{ maxWidth: 240 }}>{Story()}</div>],
};

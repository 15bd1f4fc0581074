import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../Button/Button.js';
import { Stack } from './Stack.js';

const meta = {
  title: 'Foundations/Stack',
  component: Stack,
  tags: ['autodocs'],
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

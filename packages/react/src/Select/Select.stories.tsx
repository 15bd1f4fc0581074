import type { Meta, StoryObj } from '@storybook/react-vite';
import { Select } from './Select.js';

const meta = {
  title: 'Components/Select',
  component: Select,
  tags: ['autodocs'],
  args: {
    label: 'What is your question about?',
    options: [
      { value: '', label: 'Choose a topic' },
      { value: 'bill', label: 'My bill' },
      { value: 'move', label: 'Moving house' },
      { value: 'outage', label: 'A power cut' },
    ],
  },
  decorators: [(Story) => <div style={{ maxWidth: 480 }}>{Story()}</div>],
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHintAndError: Story = { name: 'Error', args: { hint: 'So we send you to the right team.', error: 'Choose what your question is about', required: true } };
export const Disabled: Story = { args: { disabled: true } };
export const Narrow: Story = { args: { label: 'Which of your agreements is the question about, if you have more than one?' }, decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

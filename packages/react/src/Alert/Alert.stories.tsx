import type { Meta, StoryObj } from '@storybook/react-vite';
import { Alert } from './Alert.js';

const meta = {
  title: 'Components/Alert',
  component: Alert,
  tags: ['autodocs'],
  args: { tone: 'info', title: 'Planned maintenance on Sunday', children: 'The customer portal is closed from 02:00 to 04:00. You can still call us.' },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};
export const Success: Story = { args: { tone: 'success', title: 'We saved your new address', children: 'Your next bill goes there.' } };
export const Warning: Story = { args: { tone: 'warning', title: 'Your direct debit ends soon', children: 'Choose a new way to pay before 1 December.' } };
export const Danger: Story = { args: { tone: 'danger', title: 'We could not send your message', children: 'Nothing you wrote is lost. Try again, or call us.' } };
export const Dismissible: Story = { args: { dismissible: true } };
export const WithoutTitle: Story = { name: 'Without title', args: { title: undefined, urgency: 'static' } };
export const Narrow: Story = { args: { tone: 'warning', dismissible: true }, decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

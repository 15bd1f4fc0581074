import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox } from './Checkbox.js';

const meta = {
  title: 'Components/Checkbox',
  component: Checkbox,
  tags: ['autodocs'],
  args: { label: 'Send me a text message when the fault is fixed' },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Checked: Story = { args: { defaultChecked: true } };
export const Indeterminate: Story = { args: { label: 'All notifications', indeterminate: true } };
export const WithHintAndError: Story = {
  name: 'Error',
  args: { label: 'I have read the terms', hint: 'You can read them in 3 minutes.', error: 'Confirm that you have read the terms', required: true },
};
export const Disabled: Story = { args: { disabled: true } };
export const ToggledWithSpace: Story = {
  name: 'Toggled with space',
  tags: ['test-case'],
  play: async ({ canvasElement }) => {
    const checkbox = within(canvasElement).getByRole('checkbox');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(checkbox).toBeChecked();
  },
};
export const LongLabel: Story = {
  name: 'Long label',
  args: { label: 'Yes, you may contact me about improvements to the customer portal, at most four times a year, by e-mail' },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

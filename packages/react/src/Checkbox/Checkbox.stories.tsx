import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Fieldset } from '../Fieldset/Fieldset.js';
import { Checkbox } from './Checkbox.js';

const meta = {
  title: 'Components/Checkbox',
  component: Checkbox,
  args: { label: 'Send me a text message when the fault is fixed' },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Checked: Story = { args: { defaultChecked: true } };
export const Indeterminate: Story = { args: { label: 'All notifications', indeterminate: true } };
export const WithHintAndError: Story = {
  name: 'Error',
  args: {
    label: 'I have read the terms',
    hint: 'You can read them in 3 minutes.',
    error: 'Confirm that you have read the terms',
    required: true,
  },
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
  args: {
    label: 'Yes, you may contact me about improvements to the customer portal, at most four times a year, by e-mail',
  },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoPositiveLabel: Story = {
  name: 'Do: a positive label',
  tags: ['guidance'],
  args: { label: 'Send me news about lower prices by e-mail' },
};

export const DontNegativeLabel: Story = {
  name: 'Don’t: a negative label',
  tags: ['guidance'],
  args: { label: 'Don’t send me news about lower prices by e-mail' },
};

export const DoGroupInFieldset: Story = {
  name: 'Do: a group under its question',
  tags: ['guidance'],
  render: () => (
    <Fieldset legend="How would you like to hear about faults?" hint="Choose as many as you like.">
      <Checkbox label="By text message" />
      <Checkbox label="By e-mail" />
    </Fieldset>
  ),
};

export const DontLooseCheckboxes: Story = {
  name: 'Don’t: loose checkboxes',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      <Checkbox label="By text message" />
      <Checkbox label="By e-mail" />
    </div>
  ),
};

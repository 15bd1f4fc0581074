import type { Meta, StoryObj } from '@storybook/react-vite';
import { RadioGroup } from './RadioGroup.js';

const meta = {
  title: 'Components/RadioGroup',
  component: RadioGroup,
  args: {
    legend: 'How would you like us to contact you?',
    options: [
      { value: 'phone', label: 'Phone', hint: 'Weekdays 08:00–16:00' },
      { value: 'email', label: 'E-mail' },
      { value: 'letter', label: 'Letter' },
    ],
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithValue: Story = { name: 'With value', args: { defaultValue: 'email' } };
export const WithError: Story = {
  name: 'Error',
  args: { error: 'Choose how we should contact you', required: true, hint: 'Choose one.' },
};
export const DisabledOption: Story = {
  name: 'Disabled option',
  args: {
    options: [
      { value: 'phone', label: 'Phone' },
      { value: 'chat', label: 'Chat (closed now)', disabled: true },
    ],
  },
};
export const Narrow: Story = {
  args: {
    legend: 'Which of these describes the problem with your bill best?',
    options: [
      { value: 'amount', label: 'The amount is higher than I expected for the period' },
      { value: 'twice', label: 'I was charged twice' },
    ],
  },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const payments = [
  { value: 'debit', label: 'Direct debit' },
  { value: 'einvoice', label: 'E-invoice' },
  { value: 'paper', label: 'Paper bill' },
];

export const DoQuestionAsLegend: Story = {
  name: 'Do: a question as the legend',
  tags: ['guidance'],
  args: { legend: 'How would you like to pay?', options: payments },
};

export const DontVagueLegend: Story = {
  name: 'Don’t: a vague legend',
  tags: ['guidance'],
  args: { legend: 'Options', options: payments },
};

const insurance = [
  { value: 'yes', label: 'Yes, add appliance insurance', hint: 'NOK 49 a month' },
  { value: 'no', label: 'No, thank you' },
];

export const DoNoPreselection: Story = {
  name: 'Do: let the customer choose',
  tags: ['guidance'],
  args: { legend: 'Would you like appliance insurance?', options: insurance },
};

export const DontPreselectPaid: Story = {
  name: 'Don’t: a paid option chosen for them',
  tags: ['guidance'],
  args: { legend: 'Would you like appliance insurance?', options: insurance, defaultValue: 'yes' },
};

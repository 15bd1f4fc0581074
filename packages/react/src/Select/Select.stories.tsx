import type { Meta, StoryObj } from '@storybook/react-vite';
import { RadioGroup } from '../RadioGroup/RadioGroup.js';
import { Select } from './Select.js';

const meta = {
  title: 'Components/Select',
  component: Select,
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
export const WithHintAndError: Story = {
  name: 'Error',
  args: { hint: 'So we send you to the right team.', error: 'Choose what your question is about', required: true },
};
export const Disabled: Story = { args: { disabled: true } };
export const Narrow: Story = {
  args: { label: 'Which of your agreements is the question about, if you have more than one?' },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const deliveries = [
  { value: 'post', label: 'By post' },
  { value: 'email', label: 'By e-mail' },
  { value: 'portal', label: 'In the customer portal' },
];

export const DoRadiosForFewOptions: Story = {
  name: 'Do: radios for a few options',
  tags: ['guidance'],
  render: () => <RadioGroup legend="How would you like your bill?" options={deliveries} />,
};

export const DontSelectForFewOptions: Story = {
  name: 'Don’t: a select for a few options',
  tags: ['guidance'],
  args: { label: 'How would you like your bill?', options: [{ value: '', label: 'Choose' }, ...deliveries] },
};

export const DoAskToChoose: Story = {
  name: 'Do: ask the customer to choose',
  tags: ['guidance'],
  args: {
    label: 'Which county do you live in?',
    options: [
      { value: '', label: 'Choose a county' },
      { value: 'oslo', label: 'Oslo' },
      { value: 'akershus', label: 'Akershus' },
      { value: 'vestland', label: 'Vestland' },
    ],
  },
};

export const DontPreselect: Story = {
  name: 'Don’t: choose for the customer',
  tags: ['guidance'],
  args: {
    label: 'Which county do you live in?',
    options: [
      { value: 'oslo', label: 'Oslo' },
      { value: 'akershus', label: 'Akershus' },
      { value: 'vestland', label: 'Vestland' },
    ],
  },
};

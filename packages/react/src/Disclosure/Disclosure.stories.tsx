import type { Meta, StoryObj } from '@storybook/react-vite';
import { Disclosure } from './Disclosure.js';

const meta = {
  title: 'Components/Disclosure',
  component: Disclosure,
  tags: ['autodocs'],
  args: {
    title: 'Why do we ask for your phone number?',
    children: 'So we can call you if the fault needs someone to visit. We do not use it for marketing.',
  },
} satisfies Meta<typeof Disclosure>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};
export const Open: Story = { args: { defaultOpen: true } };
export const Narrow: Story = { args: { defaultOpen: true }, decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

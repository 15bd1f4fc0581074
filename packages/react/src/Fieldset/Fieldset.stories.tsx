import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextField } from '../TextField/TextField.js';
import { Fieldset } from './Fieldset.js';

const meta = {
  title: 'Components/Fieldset',
  component: Fieldset,
  tags: ['autodocs'],
  args: { legend: 'Your address', hint: 'Where the meter is.' },
  render: (args) => (
    <Fieldset {...args}>
      <TextField label="Street and number" autoComplete="street-address" />
      <TextField label="Postcode" autoComplete="postal-code" inputMode="numeric" />
    </Fieldset>
  ),
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithError: Story = { name: 'Error', args: { error: 'Enter the address where the meter is', required: true } };
export const Narrow: Story = { decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

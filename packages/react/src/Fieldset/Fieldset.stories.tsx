import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextField } from '../TextField/TextField.js';
import { Fieldset } from './Fieldset.js';

const meta = {
  title: 'Components/Fieldset',
  component: Fieldset,
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
export const WithError: Story = {
  name: 'Error',
  args: { error: 'Enter the address where the meter is', required: true },
};
export const Narrow: Story = { decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoShortLabels: Story = {
  name: 'Do: short labels under the legend',
  tags: ['guidance'],
  args: { legend: 'Where is the meter?', hint: undefined },
  render: (args) => (
    <Fieldset {...args}>
      <TextField label="Street and number" />
      <TextField label="Postcode" inputMode="numeric" style={{ maxWidth: '8rem' }} />
    </Fieldset>
  ),
};

export const DontRepeatLegend: Story = {
  name: 'Don’t: the legend repeated in every label',
  tags: ['guidance'],
  args: { legend: 'Where is the meter?', hint: undefined },
  render: (args) => (
    <Fieldset {...args}>
      <TextField label="Street and number where the meter is" />
      <TextField label="Postcode where the meter is" inputMode="numeric" style={{ maxWidth: '8rem' }} />
    </Fieldset>
  ),
};

export const DoOneGroupError: Story = {
  name: 'Do: one error for the group',
  tags: ['guidance'],
  args: { legend: 'Where is the meter?', hint: undefined, error: 'Enter the address where the meter is' },
  render: (args) => (
    <Fieldset {...args}>
      <TextField label="Street and number" />
      <TextField label="Postcode" inputMode="numeric" style={{ maxWidth: '8rem' }} />
    </Fieldset>
  ),
};

export const DontRepeatedErrors: Story = {
  name: 'Don’t: the same error on every field',
  tags: ['guidance'],
  args: { legend: 'Where is the meter?', hint: undefined },
  render: (args) => (
    <Fieldset {...args}>
      <TextField label="Street and number" error="Enter the address where the meter is" />
      <TextField
        label="Postcode"
        inputMode="numeric"
        error="Enter the address where the meter is"
        style={{ maxWidth: '8rem' }}
      />
    </Fieldset>
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TextField } from './TextField.js';

const meta = {
  title: 'Components/TextField',
  component: TextField,
  tags: ['autodocs'],
  args: { label: 'E-mail address', hint: 'We only use it to answer you.', type: 'email', autoComplete: 'email' },
  decorators: [(Story) => <div style={{ maxWidth: 480 }}>{Story()}</div>],
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Required: Story = { args: { required: true } };
export const Focus: Story = {
  // Docs pages run a play function only when asked: this one is the whole point of the story.
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox');
    // Focus this story's own control: on a docs page a Tab lands in a story above it, and the page must not scroll.
    field.focus({ preventScroll: true });
    await expect(field).toHaveFocus();
    await expect(field.matches(':focus-visible')).toBe(true);
  },
};
export const WithError: Story = {
  name: 'Error',
  args: { defaultValue: 'kari.nordmann@', error: 'Enter an e-mail address in the right format, like name@example.no' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveValue('kari.nordmann@');
  },
};
export const Disabled: Story = { args: { disabled: true, defaultValue: 'kari@example.no' } };
export const ReadOnly: Story = { name: 'Read only', args: { readOnly: true, defaultValue: 'kari@example.no', hint: 'Change it under Profile.' } };
export const LongText: Story = {
  name: 'Long text',
  args: {
    label: 'The e-mail address where we can send the confirmation of your change of electricity supplier',
    hint: 'If you share an address with someone, use the one you read yourself, so the confirmation reaches you.',
    error: 'Enter an e-mail address in the right format, like name@example.no',
  },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

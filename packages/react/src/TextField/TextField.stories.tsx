import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TextField } from './TextField.js';

const meta = {
  title: 'Components/TextField',
  component: TextField,
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
export const ReadOnly: Story = {
  name: 'Read only',
  args: { readOnly: true, defaultValue: 'kari@example.no', hint: 'Change it under Profile.' },
};
export const LongText: Story = {
  name: 'Long text',
  args: {
    label: 'The e-mail address where we can send the confirmation of your change of electricity supplier',
    hint: 'If you share an address with someone, use the one you read yourself, so the confirmation reaches you.',
    error: 'Enter an e-mail address in the right format, like name@example.no',
  },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoHintUnderLabel: Story = {
  name: 'Do: the hint under the label',
  tags: ['guidance'],
  args: { label: 'Phone number', hint: '8 digits, like 912 34 567', type: 'tel', autoComplete: 'tel' },
};

export const DontHintInPlaceholder: Story = {
  name: 'Don’t: the hint in a placeholder',
  tags: ['guidance'],
  args: {
    label: 'Phone number',
    hint: undefined,
    placeholder: '8 digits, like 912 34 567',
    type: 'tel',
    autoComplete: 'tel',
  },
};

export const DoSpecificError: Story = {
  name: 'Do: say how to fix it',
  tags: ['guidance'],
  args: {
    label: 'Phone number',
    hint: undefined,
    type: 'tel',
    defaultValue: '912 34',
    error: 'Enter a phone number with 8 digits, like 912 34 567',
  },
};

export const DontVagueError: Story = {
  name: 'Don’t: a vague error',
  tags: ['guidance'],
  args: { label: 'Phone number', hint: undefined, type: 'tel', defaultValue: '912 34', error: 'Invalid value' },
};

export const DoWidthFitsAnswer: Story = {
  name: 'Do: a width that fits the answer',
  tags: ['guidance'],
  args: {
    label: 'Postcode',
    hint: undefined,
    type: 'text',
    inputMode: 'numeric',
    autoComplete: 'postal-code',
    style: { maxWidth: '8rem' },
  },
};

export const DontWideShortAnswer: Story = {
  name: 'Don’t: a wide field for a short answer',
  tags: ['guidance'],
  args: { label: 'Postcode', hint: undefined, type: 'text', inputMode: 'numeric', autoComplete: 'postal-code' },
};

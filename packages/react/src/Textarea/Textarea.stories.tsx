import type { Meta, StoryObj } from '@storybook/react-vite';
import { Textarea } from './Textarea.js';

const meta = {
  title: 'Components/Textarea',
  component: Textarea,
  args: {
    label: 'What can we do better?',
    hint: 'Do not write personal information such as your national identity number.',
  },
  decorators: [(Story) => <div style={{ maxWidth: 480 }}>{Story()}</div>],
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithCharacterCount: Story = {
  name: 'With character count',
  args: { characterLimit: 200, defaultValue: 'The form lost my answers when I went back.' },
};
export const OverTheLimit: Story = {
  name: 'Over the limit',
  args: {
    characterLimit: 20,
    defaultValue: 'This text is longer than twenty characters.',
    error: 'Shorten the text to 20 characters or fewer',
  },
};
export const Disabled: Story = { args: { disabled: true } };
export const ReadOnly: Story = { name: 'Read only', args: { readOnly: true, defaultValue: 'Sent on 24 November.' } };
export const Narrow: Story = {
  args: { characterLimit: 500, required: true },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoSpecificQuestion: Story = {
  name: 'Do: ask one specific question',
  tags: ['guidance'],
  args: { label: 'What went wrong with your bill?', hint: 'For example the amount, the period or the address.' },
};

export const DontVagueLabel: Story = {
  name: 'Don’t: a vague label',
  tags: ['guidance'],
  args: { label: 'Comments', hint: undefined },
};

export const DoShowTheCount: Story = {
  name: 'Do: show the count',
  tags: ['guidance'],
  args: {
    label: 'Describe the fault',
    hint: undefined,
    characterLimit: 300,
    defaultValue: 'The lights flicker in the kitchen and the hall.',
  },
};

export const DontLimitOnlyInHint: Story = {
  name: 'Don’t: the limit only in the hint',
  tags: ['guidance'],
  args: {
    label: 'Describe the fault',
    hint: 'At most 300 characters.',
    defaultValue: 'The lights flicker in the kitchen and the hall.',
  },
};

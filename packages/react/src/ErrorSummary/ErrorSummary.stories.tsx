import { useId, useState, type FormEvent } from 'react';
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { TextField } from '../TextField/TextField.js';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary.js';

function ContactForm() {
  // Ids of their own, since the guidance page shows this form twice and each summary must lead to its own fields.
  const id = useId();
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const found: ErrorSummaryItem[] = [];
    if (!String(data.get('name')).trim()) found.push({ fieldId: `${id}-name`, message: 'Enter your name' });
    if (!/^\+?[\d ]{8,}$/.test(String(data.get('phone'))))
      found.push({ fieldId: `${id}-phone`, message: 'Enter a phone number with at least 8 digits' });
    setErrors(found);
  }
  return (
    <form noValidate onSubmit={submit} style={{ display: 'grid', gap: '1rem', maxWidth: 480 }}>
      <ErrorSummary errors={errors} />
      <TextField id={`${id}-name`} name="name" label="Name" autoComplete="name" error={errorFor(`${id}-name`)} />
      <TextField
        id={`${id}-phone`}
        name="phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        error={errorFor(`${id}-phone`)}
      />
      <div>
        <Button type="submit">Send</Button>
      </div>
    </form>
  );
}

const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  args: { errors: [{ fieldId: 'x', message: 'Enter your name' }] },
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Send the empty form: the summary appears and takes focus; its links move focus to the fields. Sending again with
 * the same errors brings focus back to the summary, so the failed send is noticed.
 */
export const AfterSubmit: Story = {
  name: 'After submit',
  render: () => <ContactForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(canvas.getByRole('group', { name: 'There is a problem' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: 'Enter a phone number with at least 8 digits' }));
    await expect(canvas.getByRole('textbox', { name: 'Phone' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(canvas.getByRole('group', { name: 'There is a problem' })).toHaveFocus();
  },
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

// A summary takes focus when it appears; on the guidance page four of them would each pull the page down to
// themselves, so there they are pictures. Alone (and in the tests) they are live.
const pictureOnDocsPage: Decorator = (Story, { viewMode }) =>
  viewMode === 'docs' ? <div inert>{Story()}</div> : Story();

function FilledForm({ id, summaryLast = false }: { id: string; summaryLast?: boolean }) {
  const summary = (
    <ErrorSummary
      errors={[
        { fieldId: `${id}-name`, message: 'Enter your name' },
        { fieldId: `${id}-phone`, message: 'Enter a phone number with at least 8 digits' },
      ]}
    />
  );
  return (
    <form
      noValidate
      onSubmit={(event) => event.preventDefault()}
      style={{ display: 'grid', gap: '1rem', maxWidth: 480 }}
    >
      {!summaryLast && summary}
      <TextField id={`${id}-name`} label="Name" autoComplete="name" error="Enter your name" />
      <TextField
        id={`${id}-phone`}
        label="Phone"
        type="tel"
        autoComplete="tel"
        defaultValue="912"
        error="Enter a phone number with at least 8 digits"
      />
      {summaryLast && summary}
      <div>
        <Button type="submit">Send</Button>
      </div>
    </form>
  );
}

export const DoSameWordsAsFields: Story = {
  name: 'Do: the same words as the fields',
  tags: ['guidance'],
  decorators: [pictureOnDocsPage],
  args: {
    errors: [
      { fieldId: 'words-name', message: 'Enter your name' },
      { fieldId: 'words-phone', message: 'Enter a phone number with at least 8 digits' },
    ],
  },
};

export const DontTechnicalEntries: Story = {
  name: 'Don’t: technical entries',
  tags: ['guidance'],
  decorators: [pictureOnDocsPage],
  args: {
    errors: [
      { fieldId: 'technical-name', message: 'Name: required field' },
      { fieldId: 'technical-phone', message: 'Phone: invalid format' },
    ],
  },
};

export const DoAtTheTop: Story = {
  name: 'Do: at the top of the form',
  tags: ['guidance'],
  decorators: [pictureOnDocsPage],
  render: () => <FilledForm id="top" />,
};

export const DontAtTheBottom: Story = {
  name: 'Don’t: at the bottom of the form',
  tags: ['guidance'],
  decorators: [pictureOnDocsPage],
  render: () => <FilledForm id="bottom" summaryLast />,
};

import { useState, type FormEvent } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { TextField } from '../TextField/TextField.js';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary.js';

function ContactForm() {
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const found: ErrorSummaryItem[] = [];
    if (!String(data.get('name')).trim()) found.push({ fieldId: 'contact-name', message: 'Enter your name' });
    if (!/^\+?[\d ]{8,}$/.test(String(data.get('phone')))) found.push({ fieldId: 'contact-phone', message: 'Enter a phone number with at least 8 digits' });
    setErrors(found);
  }
  return (
    <form noValidate onSubmit={submit} style={{ display: 'grid', gap: '1rem', maxWidth: 480 }}>
      <ErrorSummary errors={errors} />
      <TextField id="contact-name" name="name" label="Name" autoComplete="name" error={errorFor('contact-name')} />
      <TextField id="contact-phone" name="phone" label="Phone" type="tel" autoComplete="tel" error={errorFor('contact-phone')} />
      <div>
        <Button type="submit">Send</Button>
      </div>
    </form>
  );
}

const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
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

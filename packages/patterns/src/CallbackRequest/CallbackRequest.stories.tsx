import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { exampleHours } from '../contact/examples.js';
import { CallbackRequest } from './CallbackRequest.js';

const tuesdayMorning = () => new Date('2026-11-24T09:00:00Z');

const meta = {
  title: 'Patterns/CallbackRequest',
  component: CallbackRequest,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Ask for a call back: name, phone number and a time. Only slots wholly inside the opening hours (from ' +
          '`openingSlots`, for the next `days` days) are offered, grouped by day. The phone number is checked and ' +
          'handed over in E.164. `onSubmit` returns a promise: if it rejects, every value stays, the failure is said ' +
          'at once and a retry is offered; when it resolves, the confirmation takes focus and is announced.',
      },
    },
  },
  args: { hours: exampleHours, countryCallingCode: '47', now: tuesdayMorning, days: 3, onSubmit: async () => {} },
} satisfies Meta<typeof CallbackRequest>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Sending fails: the values stay and the customer can try again. */
export const SendingFails: Story = {
  name: 'Sending fails',
  args: { onSubmit: () => Promise.reject(new Error('Network error')) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /Your name/ }), 'Kari Nordmann');
    await userEvent.type(canvas.getByRole('textbox', { name: /Phone number/ }), '412 34 567');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: /When should we call/ }), '2026-11-24T10:00:00.000Z');
    await userEvent.click(canvas.getByRole('button', { name: 'Send request' }));
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /Your name/ })).toHaveValue('Kari Nordmann');
  },
};

/** Christmas: nothing to offer in the next days, so the form says how else to reach us. */
export const NoTimesAvailable: Story = { name: 'No times available', args: { now: () => new Date('2026-12-24T12:00:00Z'), days: 3 } };

export const Swedish: Story = {
  tags: ['test-case'],
  args: { hours: { ...exampleHours, timeZone: 'Europe/Stockholm' }, countryCallingCode: '46' },
  globals: { locale: 'sv' },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { exampleHours } from '../contact/examples.js';
import { HelpLink } from '../HelpLink/HelpLink.js';
import { CallbackRequest } from './CallbackRequest.js';

const tuesdayMorning = () => new Date('2026-11-24T09:00:00Z');

const meta = {
  title: 'Patterns/CallbackRequest',
  component: CallbackRequest,
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
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: /When should we call/ }),
      '2026-11-24T10:00:00.000Z',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Send request' }));
    await expect(await canvas.findByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /Your name/ })).toHaveValue('Kari Nordmann');
  },
};

/** Christmas: nothing to offer in the next days, so the form says how else to reach us. */
export const NoTimesAvailable: Story = {
  name: 'No times available',
  args: { now: () => new Date('2026-12-24T12:00:00Z'), days: 3 },
};

export const Swedish: Story = {
  tags: ['test-case'],
  args: { hours: { ...exampleHours, timeZone: 'Europe/Stockholm' }, countryCallingCode: '46' },
  globals: { locale: 'sv' },
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoCustomersTitle: Story = { name: 'Do: the customer’s title', tags: ['guidance'] };

export const DontProcessTitle: Story = {
  name: 'Don’t: the name of the process',
  tags: ['guidance'],
  args: { title: 'Callback request submission' },
};

export const DoPromisePeriod: Story = { name: 'Do: promise a period', tags: ['guidance'], args: { title: false } };

export const DontPromiseMinute: Story = {
  name: 'Don’t: promise the minute',
  tags: ['guidance'],
  args: { title: false, strings: { 'callback.slotHint': 'We call you at exactly the time you choose.' } },
};

const christmasEve = () => new Date('2026-12-24T12:00:00Z');

export const DoOtherWays: Story = {
  name: 'Do: the way to other channels',
  tags: ['guidance'],
  args: { now: christmasEve },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <CallbackRequest {...args} />
      <HelpLink href="/contact#contact-options">All the ways to contact us</HelpLink>
    </div>
  ),
};

export const DontNoOtherWays: Story = {
  name: 'Don’t: the form alone',
  tags: ['guidance'],
  args: { now: christmasEve },
};

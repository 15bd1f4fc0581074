import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { exampleContact } from '../contact/examples.js';
import type { ContactConfig } from '../contact/model.js';
import { ContactOptions } from './ContactOptions.js';

// Clocks that stand still, so every story shows the same status wherever and whenever it runs.
const tuesdayMorning = () => new Date('2026-11-24T09:00:00Z'); // 10:00 in Oslo
const tuesdayClosing = () => new Date('2026-11-24T14:45:00Z'); // 15:45 in Oslo
const tuesdayEvening = () => new Date('2026-11-24T17:30:00Z'); // 18:30 in Oslo
const christmasDay = () => new Date('2026-12-25T10:00:00Z');

const meta = {
  title: 'Patterns/ContactOptions',
  component: ContactOptions,
  parameters: {
    docs: {
      description: {
        component:
          'Every way to reach the service, in the order the team configured, never reshuffled by what is open ' +
          '(WCAG 3.2.6 Consistent Help). Each channel with hours says "Open now · closes 16:00" or "Closed · opens ' +
          "tomorrow at 08:00\", worked out in the service's IANA time zone and written in the visitor's language and " +
          'clock. The status updates quietly on the minute; it is not a live region. Phone numbers dial through `tel:` ' +
          'links in E.164. Check the configuration with `validateContactConfig`, and compute your own status with ' +
          '`getAvailability` if you render one yourself. Stories pass a clock that stands still: `now={() => fixed}`.',
      },
    },
  },
  args: { config: exampleContact, now: tuesdayMorning, timeZoneName: 'never', layout: 'full' },
} satisfies Meta<typeof ContactOptions>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tuesday 10:00 in Oslo: the phone and chat are open. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: '22 33 44 55' })).toHaveAttribute('href', 'tel:+4722334455');
  },
};

/** 15:45: the phone closes within half an hour. */
export const ClosingSoon: Story = { name: 'Closing soon', args: { now: tuesdayClosing } };

/** 18:30: the phone is closed until tomorrow; the chat is open into the night. The order stays the same. */
export const Closed: Story = {
  args: { now: tuesdayEvening },
  play: async ({ canvasElement }) => {
    const names = within(canvasElement)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    await expect(names).toEqual([
      'Customer service',
      'Chat',
      'Email',
      'We call you',
      'Text phone',
      'Sign language',
      'Visit us',
    ]);
  },
};

/** Christmas Day: closed for the holiday, with the changed hours listed. */
export const Holiday: Story = { args: { now: christmasDay } };

/** One line per channel, for a sidebar or a dialog. */
export const Compact: Story = { args: { layout: 'compact', title: false } };

/** The zone's name is added for visitors whose clocks show another time; here it is forced on. */
export const WithTimeZone: Story = { name: 'With time zone', args: { timeZoneName: 'always' } };

/** The channels are published for search engines as schema.org `ContactPoint`s. */
export const WithJsonLd: Story = {
  name: 'With JSON-LD',
  args: { jsonLd: true },
  play: async ({ canvasElement }) => {
    const script = canvasElement.querySelector('script[type="application/ld+json"]');
    await expect(JSON.parse(script?.textContent ?? '{}')).toMatchObject({ '@type': 'Organization' });
  },
};

export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

export const Norwegian: Story = { tags: ['test-case'], globals: { locale: 'nb' } };
export const Ukrainian: Story = { tags: ['test-case'], args: { now: tuesdayEvening }, globals: { locale: 'uk' } };

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

const channel = (id: string) => exampleContact.channels.find((candidate) => candidate.id === id)!;
const some = (...ids: string[]): ContactConfig => ({ ...exampleContact, channels: ids.map(channel) });

export const DoFixedOrder: Story = {
  name: 'Do: a fixed order',
  tags: ['guidance'],
  args: { config: some('phone', 'chat', 'email'), layout: 'compact', title: false, now: tuesdayEvening },
};

export const DontSortedByStatus: Story = {
  name: 'Don’t: sorted by status',
  tags: ['guidance'],
  args: { config: some('chat', 'email', 'phone'), layout: 'compact', title: false, now: tuesdayEvening },
};

type ChannelWords = { label: string; description?: string };

/** Two phone lines, named and described as the example says. */
const twoPhoneLines = (service: ChannelWords, faults: ChannelWords): ContactConfig => ({
  countryCallingCode: '47',
  channels: [
    { kind: 'phone', id: 'service', number: '22 33 44 55', ...service },
    { kind: 'phone', id: 'faults', number: '22 33 44 00', ...faults },
  ],
});

export const DoCustomerLabels: Story = {
  name: 'Do: the customer’s words',
  tags: ['guidance'],
  args: {
    title: false,
    config: twoPhoneLines(
      { label: 'Customer service', description: 'Best for questions about your bill or contract.' },
      { label: 'Faults and power cuts', description: 'Open day and night.' },
    ),
  },
};

export const DontInternalLabels: Story = {
  name: 'Don’t: internal names',
  tags: ['guidance'],
  args: { title: false, config: twoPhoneLines({ label: 'B2C first line' }, { label: 'NOC queue 2' }) },
};

export const DoSeveralChannels: Story = {
  name: 'Do: several ways to reach you',
  tags: ['guidance'],
  args: { config: some('phone', 'chat', 'email', 'text-phone'), layout: 'compact', title: false },
};

export const DontChatOnly: Story = {
  name: 'Don’t: chat as the only way',
  tags: ['guidance'],
  args: { config: some('chat'), layout: 'compact', title: false },
};

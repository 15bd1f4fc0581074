import type { Meta, StoryObj } from '@storybook/react-vite';
import { Disclosure } from './Disclosure.js';

const meta = {
  title: 'Components/Disclosure',
  component: Disclosure,
  args: {
    title: 'Why do we ask for your phone number?',
    children: 'So we can call you if the fault needs someone to visit. We do not use it for marketing.',
  },
} satisfies Meta<typeof Disclosure>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};
export const Open: Story = { args: { defaultOpen: true } };
export const Narrow: Story = {
  args: { defaultOpen: true },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoSayWhatIsInside: Story = {
  name: 'Do: say what is inside',
  tags: ['guidance'],
  args: { title: 'How we calculate the price' },
};

export const DontReadMore: Story = {
  name: 'Don’t: “Read more”',
  tags: ['guidance'],
  args: { title: 'Read more' },
};

export const DoHideOnlyTheExtra: Story = {
  name: 'Do: hide only the extra',
  tags: ['guidance'],
  render: () => (
    <div>
      <p style={{ marginTop: 0 }}>Tell us about your move at least four weeks in advance.</p>
      <Disclosure title="Why four weeks?">
        We need the time to read the meter and send your last bill to the right address.
      </Disclosure>
    </div>
  ),
};

export const DontHideTheEssential: Story = {
  name: 'Don’t: hide what everyone needs',
  tags: ['guidance'],
  render: () => (
    <div>
      <p style={{ marginTop: 0 }}>Tell us about your move.</p>
      <Disclosure title="Important information">
        Tell us at least four weeks in advance. We need the time to read the meter and send your last bill to the right
        address.
      </Disclosure>
    </div>
  ),
};

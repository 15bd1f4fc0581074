import type { Meta, StoryObj } from '@storybook/react-vite';
import { Disclosure } from '../Disclosure/Disclosure.js';
import { Accordion, AccordionItem } from './Accordion.js';

const meta = {
  title: 'Components/Accordion',
  component: Accordion,
  args: { headingLevel: 2 },
  render: (args) => (
    <Accordion {...args}>
      <AccordionItem value="move" title="How do I tell you that I am moving?">
        Tell us at least four weeks before you move, on the Moving page or by phone. We read your meter on the day you
        leave.
      </AccordionItem>
      <AccordionItem value="pay" title="How can I pay?">
        By direct debit, e-invoice or a paper bill. A paper bill costs nothing extra.
      </AccordionItem>
      <AccordionItem
        value="long"
        title="What happens to my contract and my personal data if I move abroad and no longer need electricity from you?"
      >
        Your contract ends on the day you move. We keep your bills for five years because the law asks us to.
      </AccordionItem>
    </Accordion>
  ),
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const OneOpen: Story = { name: 'One open', args: { defaultOpen: ['pay'], allowMultiple: false } };
export const Narrow: Story = { decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>] };

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoSpecificTitles: Story = {
  name: 'Do: headings that say what is inside',
  tags: ['guidance'],
  render: (args) => (
    <Accordion {...args}>
      <AccordionItem title="How can I pay?">By direct debit, e-invoice or a paper bill.</AccordionItem>
      <AccordionItem title="When is the bill due?">On the 20th of every month.</AccordionItem>
    </Accordion>
  ),
};

export const DontVagueTitles: Story = {
  name: 'Don’t: vague headings',
  tags: ['guidance'],
  render: (args) => (
    <Accordion {...args}>
      <AccordionItem title="General">By direct debit, e-invoice or a paper bill.</AccordionItem>
      <AccordionItem title="Other">On the 20th of every month.</AccordionItem>
    </Accordion>
  ),
};

export const DoDisclosureForOne: Story = {
  name: 'Do: a disclosure for one piece of information',
  tags: ['guidance'],
  render: () => (
    <Disclosure title="Why do we ask for your phone number?">So we can call you if the fault needs a visit.</Disclosure>
  ),
};

export const DontAccordionOfOne: Story = {
  name: 'Don’t: an accordion of one section',
  tags: ['guidance'],
  render: (args) => (
    <Accordion {...args}>
      <AccordionItem title="Why do we ask for your phone number?">
        So we can call you if the fault needs a visit.
      </AccordionItem>
    </Accordion>
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { Accordion, AccordionItem } from './Accordion.js';

const meta = {
  title: 'Components/Accordion',
  component: Accordion,
  tags: ['autodocs'],
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
      <AccordionItem value="long" title="What happens to my contract and my personal data if I move abroad and no longer need electricity from you?">
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

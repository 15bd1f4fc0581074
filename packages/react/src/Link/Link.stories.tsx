import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { Link } from './Link.js';

const meta = {
  title: 'Foundations/Link',
  component: Link,
  args: { href: '#contact', children: 'Contact customer service' },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const External: Story = {
  args: { href: 'https://www.example.org/complaints', external: true, children: 'The consumer complaints board' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName(
      'The consumer complaints board (external site)',
    );
  },
};

export const OpensInNewTab: Story = {
  name: 'Opens in new tab',
  args: {
    href: 'https://www.example.org/terms.pdf',
    external: true,
    target: '_blank',
    children: 'Terms of service (PDF)',
  },
};

export const InRunningText: Story = {
  name: 'In running text',
  render: (args) => (
    <p style={{ maxWidth: 320 }}>
      If you disagree with our decision, you can <Link {...args}>ask for a new assessment</Link> within six weeks.
    </p>
  ),
};

// The examples of the guidance page's "Do and don't": shown there, kept out of the sidebar, tested like any story.

export const DoSayWhereItGoes: Story = {
  name: 'Do: say where the link goes',
  tags: ['guidance'],
  render: () => (
    <p style={{ margin: 0 }}>
      Prices change every month. <Link href="#prices">See this month's prices</Link>
    </p>
  ),
};

export const DontClickHere: Story = {
  name: 'Don’t: “click here”',
  tags: ['guidance'],
  render: () => (
    <p style={{ margin: 0 }}>
      Prices change every month. To see this month's prices, <Link href="#prices">click here</Link>
    </p>
  ),
};

export const DoButtonForAction: Story = {
  name: 'Do: a button for an action',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <Button>Send application</Button>
      <Link href="#privacy">How we use your information</Link>
    </div>
  ),
};

export const DontLinkForAction: Story = {
  name: 'Don’t: a link that sends a form',
  tags: ['guidance'],
  render: () => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <Link href="#send">Send application</Link>
      <Link href="#privacy">How we use your information</Link>
    </div>
  ),
};

export const DoMarkExternal: Story = {
  name: 'Do: mark a link that leaves the service',
  tags: ['guidance'],
  render: () => (
    <Link href="https://www.example.org/complaints" external>
      The consumer complaints board
    </Link>
  ),
};

export const DontHideExternal: Story = {
  name: 'Don’t: an unmarked link to another site',
  tags: ['guidance'],
  render: () => <Link href="https://www.example.org/complaints">The consumer complaints board</Link>,
};

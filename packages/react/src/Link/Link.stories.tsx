import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Link } from './Link.js';

const meta = {
  title: 'Foundations/Link',
  component: Link,
  tags: ['autodocs'],
  args: { href: '#contact', children: 'Contact customer service' },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const External: Story = {
  args: { href: 'https://www.example.org/complaints', external: true, children: 'The consumer complaints board' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName('The consumer complaints board (external site)');
  },
};

export const OpensInNewTab: Story = {
  name: 'Opens in new tab',
  args: { href: 'https://www.example.org/terms.pdf', external: true, target: '_blank', children: 'Terms of service (PDF)' },
};

export const InRunningText: Story = {
  name: 'In running text',
  render: (args) => (
    <p style={{ maxWidth: 320 }}>
      If you disagree with our decision, you can <Link {...args}>ask for a new assessment</Link> within six weeks.
    </p>
  ),
};

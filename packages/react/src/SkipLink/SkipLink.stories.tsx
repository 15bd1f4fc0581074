import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink.js';

const meta = {
  title: 'Foundations/SkipLink',
  component: SkipLink,
  tags: ['autodocs'],
  parameters: {
    docs: { description: { component: 'Put a SkipLink first in the page. It appears when it receives keyboard focus.' } },
  },
  render: (args) => (
    <>
      <SkipLink {...args} targetId="story-main" />
      <nav aria-label="Site">
        <a href="#story-main">Home</a>
      </nav>
      <main id="story-main">
        <h1>Main content</h1>
      </main>
    </>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Focus: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole('link', { name: 'Skip to main content' });
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().width).toBeGreaterThan(24);
  },
};

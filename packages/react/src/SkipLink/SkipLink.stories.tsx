import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
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
  // Docs pages run a play function only when asked: this one is the whole point of the story.
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Skip to main content' });
    // Focus this story's own control: on a docs page a Tab lands in a story above it, and the page must not scroll.
    link.focus({ preventScroll: true });
    await expect(link).toHaveFocus();
    await expect(link.matches(':focus-visible')).toBe(true);
    await expect(link.getBoundingClientRect().width).toBeGreaterThan(24);
  },
};

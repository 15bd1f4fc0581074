import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { VisuallyHidden } from './VisuallyHidden.js';

const meta = {
  title: 'Foundations/VisuallyHidden',
  component: VisuallyHidden,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: 'Text for screen-reader users only. Use it for context sighted readers get from the layout, never to hide important information from everyone else.' } } },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InALink: Story = {
  name: 'In a link',
  render: () => (
    <a href="#bill-2026-11">
      Download <VisuallyHidden>the November 2026 bill</VisuallyHidden> (PDF)
    </a>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName('Download the November 2026 bill (PDF)');
  },
};

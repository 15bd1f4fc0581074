import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Spinner } from './Spinner.js';

const meta = { title: 'Components/Spinner', component: Spinner, tags: ['autodocs'] } satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading');
  },
};
export const WithLabel: Story = { name: 'With label', args: { label: 'Loading your bills', size: 'large' } };
export const Small: Story = { args: { size: 'small' } };

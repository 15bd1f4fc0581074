import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PlainRewrite, rewriteExamples } from './PlainRewrite';

const meta = {
  title: 'Guidelines/Plain-language rewrite',
  component: PlainRewrite,
  args: { locale: 'en', ...rewriteExamples.en },
} satisfies Meta<typeof PlainRewrite>;

export default meta;
type Story = StoryObj<typeof meta>;

export const English: Story = {
  play: async ({ canvasElement }) => {
    const [before, after] = within(canvasElement).getAllByText(/^LIX/);
    const lix = (element: HTMLElement) => Number(element.querySelector('strong')!.textContent);
    await expect(lix(before!)).toBeGreaterThan(40);
    await expect(lix(after!)).toBeLessThan(40);
  },
};

export const Norwegian: Story = { args: { locale: 'nb', ...rewriteExamples.nb }, globals: { locale: 'nb' } };

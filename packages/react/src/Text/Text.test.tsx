import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { contrastOfComputed, withProvider } from '#test/provider.js';
import { Text } from './Text.js';

describe('Text', () => {
  it.each(['light', 'dark', 'high-contrast'] as const)(
    'keeps subtle text at 4.5:1 or more in the %s theme (WCAG 1.4.3)',
    async (theme) => {
      const screen = await render(withProvider(<Text tone="subtle">Last updated today</Text>, { theme }));
      const text = screen.getByText('Last updated today').element();
      const page = getComputedStyle(text.closest('[data-samspill-theme]')!).backgroundColor;
      expect(contrastOfComputed(getComputedStyle(text).color, page)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('renders a paragraph by default and a span inside other text', async () => {
    const screen = await render(
      withProvider(
        <Text>
          Body{' '}
          <Text as="span" size="small">
            aside
          </Text>
        </Text>,
      ),
    );
    expect(screen.getByText('aside').element().tagName).toBe('SPAN');
    expect(screen.getByText('aside').element().parentElement!.tagName).toBe('P');
  });

  it('takes `neutral` for plain text, and the old `default` with one warning that names `neutral`', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const screen = await render(
      withProvider(
        <>
          <Text>Plain</Text>
          <Text tone="neutral">Neutral</Text>
          <Text tone="default">Old default</Text>
          <Text tone="default">Another old default</Text>
        </>,
      ),
    );
    const colour = (text: string) => getComputedStyle(screen.getByText(text, { exact: true }).element()).color;
    expect(colour('Neutral')).toBe(colour('Plain'));
    expect(colour('Old default')).toBe(colour('Plain'));
    expect(
      warn.mock.calls.filter(([message]) => String(message).includes("`tone 'default'` is now `tone 'neutral'`")),
    ).toHaveLength(1);
    warn.mockRestore();
  });
});

import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { contrastOfComputed, withProvider } from '#test/provider.js';
import { Tag } from './Tag.js';

describe('Tag', () => {
  it.each(['light', 'dark', 'high-contrast'] as const)(
    'keeps its text readable in every tone in the %s theme (WCAG 1.4.3)',
    async (theme) => {
      const tones = ['neutral', 'info', 'success', 'warning', 'danger'] as const;
      const screen = await render(
        withProvider(
          tones.map((tone) => (
            <Tag key={tone} tone={tone}>
              {tone}
            </Tag>
          )),
          { theme },
        ),
      );
      for (const tone of tones) {
        const style = getComputedStyle(screen.getByText(tone, { exact: true }).element());
        expect(contrastOfComputed(style.color, style.backgroundColor), tone).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});

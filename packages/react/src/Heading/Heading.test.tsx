import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Heading } from './Heading.js';

describe('Heading', () => {
  it('takes its outline level from `level` and its looks from `size`, independently', async () => {
    const screen = await render(
      withProvider(
        <>
          <Heading level={2}>Bills</Heading>
          <Heading level={3} size="xlarge">
            November
          </Heading>
        </>,
      ),
    );
    const bills = screen.getByRole('heading', { level: 2, name: 'Bills' }).element();
    const november = screen.getByRole('heading', { level: 3, name: 'November' }).element();
    expect(parseFloat(getComputedStyle(november).fontSize)).toBeGreaterThan(
      parseFloat(getComputedStyle(bills).fontSize),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Stack } from './Stack.js';

describe('Stack', () => {
  it('spaces its children by a step of the token space scale', async () => {
    const screen = await render(
      withProvider(
        <Stack gap={4} data-testid="stack">
          <span>One</span>
          <span>Two</span>
        </Stack>,
      ),
    );
    // space.4 is 1rem: 16px at the default font size.
    expect(getComputedStyle(screen.getByTestId('stack').element()).rowGap).toBe('16px');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { choiceAppearance } from '#test/appearance.js';
import { withProvider } from '#test/provider.js';
import { Checkbox } from './Checkbox.js';

describe('Checkbox', () => {
  it('toggles with Space and reports the new state', async () => {
    const onCheckedChange = vi.fn();
    const screen = await render(withProvider(<Checkbox label="Text me" onCheckedChange={onCheckedChange} />));
    await userEvent.keyboard('{Tab}');
    const checkbox = screen.getByRole('checkbox', { name: 'Text me' });
    await expect.element(checkbox).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(checkbox).toBeChecked();
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard(' ');
    await expect.element(checkbox).not.toBeChecked();
  });

  it('is read and drawn as mixed when indeterminate', async () => {
    const screen = await render(
      withProvider(
        <>
          <Checkbox label="All" indeterminate />
          <Checkbox label="None" />
        </>,
      ),
    );
    const mixed = screen.getByRole('checkbox', { name: 'All' });
    await expect.element(mixed).toBePartiallyChecked();
    expect(choiceAppearance(mixed.element())).not.toEqual(
      choiceAppearance(screen.getByRole('checkbox', { name: 'None' }).element()),
    );
  });

  it('offers a target of at least 24 by 24 CSS pixels (WCAG 2.5.8)', async () => {
    const screen = await render(withProvider(<Checkbox label="OK" />));
    const { width, height } = screen.getByRole('checkbox').element().getBoundingClientRect();
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(24);
  });
});

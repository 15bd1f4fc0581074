import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Select } from './Select.js';

const options = [
  { value: 'bill', label: 'My bill' },
  { value: 'move', label: 'Moving house' },
];

describe('Select', () => {
  it('is a native select named by its label, with the error read as its description (WCAG 4.1.2, 3.3.1)', async () => {
    const screen = await render(withProvider(<Select label="Topic" options={options} error="Choose a topic" />));
    const select = screen.getByRole('combobox', { name: 'Topic' });
    await expect.element(select).toHaveAccessibleDescription('Error: Choose a topic');
    await expect.element(select).toHaveAttribute('aria-invalid', 'true');
  });

  it('reports the chosen value', async () => {
    const onValueChange = vi.fn();
    const screen = await render(withProvider(<Select label="Topic" options={options} onValueChange={onValueChange} />));
    await userEvent.selectOptions(screen.getByRole('combobox').element(), 'move');
    expect(onValueChange).toHaveBeenCalledWith('move');
  });
});

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

  it('changes no context when an option is chosen: focus stays on the select and the form is not sent (WCAG 3.2.2)', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const screen = await render(
      withProvider(
        <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
          <Select label="Topic" options={options} />
          <button type="submit">Send</button>
        </form>,
      ),
    );
    const select = screen.getByRole('combobox', { name: 'Topic' });
    await userEvent.keyboard('{Tab}');
    await expect.element(select).toHaveFocus();
    await userEvent.selectOptions(select.element(), 'move');
    await expect.element(select).toHaveValue('move');
    await expect.element(select).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

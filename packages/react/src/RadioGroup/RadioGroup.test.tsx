import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { choiceAppearance, inForcedColors } from '#test/appearance.js';
import { withProvider } from '#test/provider.js';
import { Button } from '../Button/Button.js';
import { RadioGroup } from './RadioGroup.js';

const options = [
  { value: 'phone', label: 'Phone' },
  { value: 'email', label: 'E-mail' },
  { value: 'letter', label: 'Letter' },
];

describe('RadioGroup', () => {
  it('is one Tab stop, and the arrow keys move and select (WCAG 2.1.1)', async () => {
    const onValueChange = vi.fn();
    const screen = await render(
      withProvider(
        <>
          <RadioGroup legend="Contact" options={options} defaultValue="phone" onValueChange={onValueChange} />
          <Button>Next</Button>
        </>,
      ),
    );
    await expect.element(screen.getByRole('group', { name: 'Contact' })).toBeInTheDocument();
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('radio', { name: 'Phone' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(screen.getByRole('radio', { name: 'E-mail' })).toHaveFocus();
    await expect.element(screen.getByRole('radio', { name: 'E-mail' })).toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith('email');
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(screen.getByRole('radio', { name: 'Phone' })).toBeChecked();
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('changes no context when an option gets focus or is chosen: the form is not sent and focus stays on the option (WCAG 3.2.1, 3.2.2)', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const screen = await render(
      withProvider(
        <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
          <RadioGroup legend="Contact" options={options} />
          <Button type="submit">Send</Button>
        </form>,
      ),
    );
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('radio', { name: 'Phone' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('radio', { name: 'E-mail' })).toBeChecked();
    await expect.element(screen.getByRole('radio', { name: 'E-mail' })).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows no option as chosen until one is chosen, in normal and forced colours', async () => {
    const screen = await render(
      withProvider(
        <>
          <RadioGroup legend="Unanswered" options={options} />
          <RadioGroup legend="Answered" options={options} defaultValue="phone" />
        </>,
      ),
    );
    const answered = screen.getByRole('group', { name: 'Answered', exact: true });
    const unanswered = screen.getByRole('group', { name: 'Unanswered' }).getByRole('radio').elements();
    const looks = () => ({
      unchecked: choiceAppearance(answered.getByRole('radio', { name: 'E-mail' }).element()),
      checked: choiceAppearance(answered.getByRole('radio', { name: 'Phone' }).element()),
      unanswered: unanswered.map(choiceAppearance),
    });
    const check = () => {
      const { unchecked, checked, unanswered: radios } = looks();
      expect(checked).not.toEqual(unchecked);
      for (const radio of radios) expect(radio).toEqual(unchecked);
    };
    check();
    await inForcedColors(check);
  });

  it('reads the group error when focus enters the group (WCAG 3.3.1)', async () => {
    const screen = await render(withProvider(<RadioGroup legend="Contact" options={options} error="Choose one" />));
    await expect
      .element(screen.getByRole('group', { name: 'Contact' }))
      .toHaveAccessibleDescription('Error: Choose one');
  });

  it('refuses a group without options with one clear message', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(render(withProvider(<RadioGroup legend="Contact" options={[]} />))).rejects.toThrow(
      /RadioGroup: needs at least one entry in `options`/,
    );
    error.mockRestore();
  });
});

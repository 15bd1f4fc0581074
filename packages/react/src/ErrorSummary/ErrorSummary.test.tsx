import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { Button } from '../Button/Button.js';
import { TextField } from '../TextField/TextField.js';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary.js';

const form = (errors: { fieldId: string; message: string }[]) =>
  withProvider(
    <>
      <ErrorSummary errors={errors} />
      <TextField id="email" label="E-mail" error={errors[0]?.message} />
    </>,
    { locale: 'nb' },
  );

/** A form that checks its one field on every send, as apps do: a new list each time, often with the same errors. */
function SignUp({ summaryInForm }: { summaryInForm: boolean }) {
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [email, setEmail] = useState('');
  const summary = <ErrorSummary errors={errors} />;
  return (
    <>
      <header>
        <form role="search" noValidate onSubmit={(event) => event.preventDefault()}>
          <Button type="submit">Søk</Button>
        </form>
      </header>
      <main>
        {!summaryInForm && summary}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setErrors(email.includes('@') ? [] : [{ fieldId: 'email', message: 'Skriv inn en e-postadresse' }]);
          }}
        >
          {summaryInForm && summary}
          <TextField id="email" label="E-post" value={email} onValueChange={setEmail} error={errors[0]?.message} />
          <Button type="submit">Send</Button>
        </form>
      </main>
    </>
  );
}

describe('ErrorSummary', () => {
  it.each([
    ['beside the form', false],
    ['inside the form', true],
  ])('takes focus again when the form is sent again with the same errors (summary %s)', async (_, summaryInForm) => {
    const screen = await render(withProvider(<SignUp summaryInForm={summaryInForm} />, { locale: 'nb' }));
    const summary = screen.getByRole('group', { name: 'Noe må rettes' });
    await screen.getByRole('button', { name: 'Send' }).click();
    await expect.element(summary).toHaveFocus();
    await screen.getByRole('button', { name: 'Send' }).click();
    await expect.element(summary).toHaveFocus();
    await userEvent.click(screen.getByRole('textbox', { name: 'E-post' }));
    await userEvent.keyboard('{Enter}');
    await expect.element(summary).toHaveFocus();
  });

  it('leaves focus alone when a form elsewhere on the page is sent, and when the errors are fixed', async () => {
    const screen = await render(withProvider(<SignUp summaryInForm={false} />, { locale: 'nb' }));
    await screen.getByRole('button', { name: 'Send' }).click();
    await screen.getByRole('button', { name: 'Søk' }).click();
    await expect.element(screen.getByRole('button', { name: 'Søk' })).toHaveFocus();
    await userEvent.type(screen.getByRole('textbox', { name: 'E-post' }).element(), 'kari@example.no');
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('textbox', { name: 'E-post' })).toHaveFocus();
    expect(screen.container.querySelector('[role="group"]')).toBeNull();
  });

  it('renders nothing until there are errors, then takes focus with a translated title (WCAG 3.3.1)', async () => {
    const screen = await render(form([]));
    expect(screen.container.querySelector('[role="group"]')).toBeNull();
    await screen.rerender(form([{ fieldId: 'email', message: 'Skriv inn en e-postadresse' }]));
    await expect.element(screen.getByRole('group', { name: 'Noe må rettes' })).toHaveFocus();
  });

  it('moves focus to the e-mail field when its error link is activated with Enter (WCAG 2.1.1, 3.3.1)', async () => {
    const screen = await render(form([{ fieldId: 'email', message: 'Skriv inn en e-postadresse' }]));
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('link', { name: 'Skriv inn en e-postadresse' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('textbox', { name: 'E-mail' })).toHaveFocus();
  });
});

import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { withProvider } from '#test/provider.js';
import { TextField } from '../TextField/TextField.js';
import { Fieldset } from './Fieldset.js';

describe('Fieldset', () => {
  it('names the group by its legend and describes it by its hint and error, in the locale (WCAG 1.3.1, 3.3.1)', async () => {
    const screen = await render(
      withProvider(
        <Fieldset legend="Adresse" hint="Der måleren står." error="Skriv inn adressen" required>
          <TextField label="Gate" />
        </Fieldset>,
        { locale: 'nb' },
      ),
    );
    const group = screen.getByRole('group', { name: 'Adresse (må fylles ut)' });
    await expect.element(group).toHaveAccessibleDescription('Der måleren står. Feil: Skriv inn adressen');
    await expect.element(screen.getByRole('textbox', { name: 'Gate' })).toBeInTheDocument();
  });
});

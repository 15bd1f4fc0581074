import type { ComponentMessages } from './types.js';

export const sv: ComponentMessages = {
  'button.loading': 'Laddar',
  'button.disabledReasonLabel': 'Inte tillgänglig:',
  'link.external': 'extern webbplats',
  'link.newTab': 'öppnas i en ny flik',
  'skipLink.label': 'Hoppa till huvudinnehållet',
  'field.required': '(obligatoriskt)',
  'textarea.charactersLeft': { one: 'Du har {count} tecken kvar', other: 'Du har {count} tecken kvar' },
  'textarea.charactersOver': { one: 'Du har {count} tecken för mycket', other: 'Du har {count} tecken för mycket' },
  'errorSummary.title': 'Något behöver rättas',
  'alert.dismiss': 'Stäng meddelandet',
  'alert.tone.info': 'Information:',
  'alert.tone.success': 'Klart:',
  'alert.tone.warning': 'Varning:',
  'alert.tone.danger': 'Fel:',
  'dialog.close': 'Stäng',
  'spinner.label': 'Laddar',
};

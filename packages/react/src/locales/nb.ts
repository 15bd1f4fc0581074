import type { ComponentMessages } from './types.js';

export const nb: ComponentMessages = {
  'button.loading': 'Laster inn',
  'button.disabledReasonLabel': 'Ikke tilgjengelig:',
  'link.external': 'ekstern nettside',
  'link.newTab': 'åpnes i ny fane',
  'skipLink.label': 'Hopp til hovedinnholdet',
  'field.required': '(må fylles ut)',
  'textarea.charactersLeft': { one: 'Du har {count} tegn igjen', other: 'Du har {count} tegn igjen' },
  'textarea.charactersOver': { one: 'Du har {count} tegn for mye', other: 'Du har {count} tegn for mye' },
  'errorSummary.title': 'Noe må rettes',
  'alert.dismiss': 'Lukk melding',
  'alert.tone.info': 'Informasjon:',
  'alert.tone.success': 'Fullført:',
  'alert.tone.warning': 'Advarsel:',
  'alert.tone.danger': 'Feil:',
  'dialog.close': 'Lukk',
  'spinner.label': 'Laster inn',
};

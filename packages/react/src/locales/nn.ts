import type { ComponentMessages } from './types.js';

export const nn: ComponentMessages = {
  'button.loading': 'Lastar inn',
  'button.disabledReasonLabel': 'Ikkje tilgjengeleg:',
  'link.external': 'ekstern nettstad',
  'link.newTab': 'opnast i ny fane',
  'skipLink.label': 'Hopp til hovudinnhaldet',
  'field.required': '(må fyllast ut)',
  'textarea.charactersLeft': { one: 'Du har {count} teikn att', other: 'Du har {count} teikn att' },
  'textarea.charactersOver': { one: 'Du har {count} teikn for mykje', other: 'Du har {count} teikn for mykje' },
  'errorSummary.title': 'Noko må rettast',
  'alert.dismiss': 'Lukk meldinga',
  'alert.tone.info': 'Informasjon:',
  'alert.tone.success': 'Fullført:',
  'alert.tone.warning': 'Åtvaring:',
  'alert.tone.danger': 'Feil:',
  'dialog.close': 'Lukk',
  'spinner.label': 'Lastar inn',
};

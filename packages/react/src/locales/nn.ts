import type { Messages } from './en.js';

export const nn: Messages = {
  'button.loading': 'Lastar inn',
  'button.disabledReasonLabel': 'Ikkje tilgjengeleg:',
  'link.external': 'ekstern nettstad',
  'link.newTab': 'opnast i ny fane',
  'skipLink.label': 'Hopp til hovudinnhaldet',
};

import type { Messages } from './en.js';

export const nb: Messages = {
  'button.loading': 'Laster inn',
  'button.disabledReasonLabel': 'Ikke tilgjengelig:',
  'link.external': 'ekstern nettside',
  'link.newTab': 'åpnes i ny fane',
  'skipLink.label': 'Hopp til hovedinnholdet',
};

import type { Messages } from './en.js';

export const fi: Messages = {
  'button.loading': 'Ladataan',
  'button.disabledReasonLabel': 'Ei käytettävissä:',
  'link.external': 'ulkoinen sivusto',
  'link.newTab': 'avautuu uuteen välilehteen',
  'skipLink.label': 'Siirry pääsisältöön',
};

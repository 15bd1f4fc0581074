import type { Messages } from './en.js';

export const fi: Messages = {
  'button.loading': 'Ladataan',
  'button.disabledReasonLabel': 'Ei käytettävissä:',
};
